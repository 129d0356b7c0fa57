#!/usr/bin/env bash
# Rebuilds the sample PDFs from their HTML sources with LibreOffice (Debian libreoffice-writer-nogui).
set -euo pipefail
cd "$(dirname "$0")"
for f in src/*.html; do
  soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir . "$f" >/dev/null
done
