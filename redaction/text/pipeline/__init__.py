"""The text detector as a pipeline of named passes over one reading per text.

:class:`Reading` holds a text and everything learnt about it; a :class:`Pass` (name, ``run(reading)``)
reads it further; a :class:`BatchPass` reads many at once (the model). :class:`Pipeline` runs the passes
in order over a batch, times each by name, and can leave any optional pass out.
:func:`standard_pipeline` is the detector's: candidate sources (:mod:`.sources`, :mod:`.model_source`),
negatives with reasons (:mod:`.negatives`, :mod:`.weak_cues`), then resolution, widening, propagation,
final typing and the detections (:mod:`.resolution`). Pseudonyms are given after detection, by the
anonymiser (:mod:`redaction.text.anonymise`).
"""

from __future__ import annotations

from redaction.text.pipeline.contract import BatchPass, Pass
from redaction.text.pipeline.reading import Detection, Found, Reading, Removal
from redaction.text.pipeline.runner import Pipeline
from redaction.text.pipeline.standard import KNOWN_ONLY, standard_pipeline

__all__ = ["KNOWN_ONLY", "BatchPass", "Detection", "Found", "Pass", "Pipeline", "Reading", "Removal", "standard_pipeline"]
