#!/usr/bin/env bash
# Makes the default theme's text face: Noto Naskh Arabic (Debian's fonts-noto-core, SIL OFL 1.1)
# in WOFF2, cut to the Arabic and Latin ranges the site prints, with every OpenType layout
# feature kept (Arabic shaping needs them). Needs pyftsubset and brotli (pip install fonttools brotli).
# Run it to change the ranges or the font, then scripts/embed-default-theme.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source=/usr/share/fonts/truetype/noto
# Arabic, Arabic Supplement and Extended-A, ornate parentheses; ASCII and Latin-1; joiners, bidi
# marks and isolates, general punctuation. Presentation forms (pasted from PDFs) fall back to the
# reader's own fonts, which the stylesheet's unicode-range leaves them to.
ranges="U+0020-007E,U+00A0-00FF,U+0600-06FF,U+0750-077F,U+08A0-08FF,U+200C-200F,U+2010-2027,U+202A-202E,U+2030-205E,U+2066-2069,U+FD3E-FD3F"
for weight in 400:Regular 700:Bold; do
  pyftsubset "$source/NotoNaskhArabic-${weight#*:}.ttf" --unicodes="$ranges" --layout-features='*' --flavor=woff2 \
    --output-file="Themes/default/assets/naskh-${weight%%:*}.woff2"
done
ls -l Themes/default/assets/naskh-*.woff2
