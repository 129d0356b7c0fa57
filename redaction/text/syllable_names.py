"""Given names written as two romanised syllables joined by a hyphen: Korean "Eun-ji", "Seo-yeon", Mandarin
"Xiao-ming", "Jia-hui", Hong Kong Cantonese "Ka-ho", "Wing-yan", "Tsz-kin".

Such names are made by combining syllables, so no list of whole names holds more than the commonest of them,
while the syllables that make given names are few. A hyphenated word whose two halves are both such
syllables is a given name; the loanwords built the same way ("Tai-chi", "Kung-fu", "Ping-pong") and words
of the dictionary are not. The syllables below were written for this project from general knowledge of
the three romanisations (Revised Romanisation of Korean, Hanyu Pinyin, the Hong Kong government's
Cantonese spellings) as they appear in given names; they are not copied from any list.
"""

from __future__ import annotations

import regex

from redaction.text.english import is_english_word

__all__ = ["is_syllable_name"]

_KOREAN = """min jun seo yeon ji woo ha eun hyun soo su ye do yoon jae young hye sung jin dong kyung mi na yu ju
chae da ga si ah joon hoon bin won hee ho rin jeong sang seung tae yong ki kyu hwa hae yun sol bom seul eu
gyu han jeon chan woong hyuk wook sook ok hyeon yeong gyeong seok cheol""".split()
_MANDARIN = """xiao ming mei ling jia hui wei jun jie xin yan lei qing ying yu zhen hao jing li na zi han yi xuan
chen tian le an ruo xi yue hong hua lan lin fang ping jian guo qiang tao bo yang zhi kai rui hao hang
shan shu ting wen xiu yun zhe chun dan feng """.split()
_CANTONESE = """ka ho wing yan chi keung man kit yee mei wai lok hei tsz hin long ching hoi sze pui shan kwok fai wah
kam tak ming chun hung lam yiu tung kwan shing yuen cheuk siu lai chung kei kai nga oi tin yat sum choi hang
kiu yau po fung hing kin yin ngai suet""".split()
_SYLLABLES = frozenset(_KOREAN) | frozenset(_MANDARIN) | frozenset(_CANTONESE)
# Words built the same way that are not names: loanwords, sports, foods, places.
_NOT_NAMES = frozenset("tai-chi kung-fu feng-shui ping-pong yin-yang dim-sum chow-mein hong-kong wing-chun "
                       "ha-ha ho-ho hee-hee yo-yo so-so ma-ma ba-ba na-na tae-kwon".split())
_SHAPE = regex.compile(r"(\p{Lu}\p{Ll}{0,5})-(\p{L}\p{Ll}{0,5})")


def is_syllable_name(word: str) -> bool:
    """Whether ``word`` ("Eun-ji", "Ka-Ho") is two given-name syllables joined by a hyphen, and nothing else."""
    shape = _SHAPE.fullmatch(word)
    if shape is None:
        return False
    first, second = shape.group(1).casefold(), shape.group(2).casefold()
    folded = f"{first}-{second}"
    if folded in _NOT_NAMES or is_english_word(word) or is_english_word(first + second):
        return False
    return first in _SYLLABLES and second in _SYLLABLES
