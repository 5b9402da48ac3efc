# Go for the wrapper-module builds (sourced by build*.sh with what is being built): the machine's own toolchain only
# (nothing downloaded), static binaries as the official builds are, no VCS stamping of a module cache checkout.
export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS=-buildvcs=false
if ! command -v go >/dev/null; then
  for d in /usr/local/go/bin /usr/lib/go/bin; do [ -x "$d/go" ] && export PATH="$d:$PATH"; done
fi
command -v go >/dev/null || { echo "Go is required to build $1 (apt-get install golang or /usr/local/go)" >&2; exit 1; }
# Where a released module's files are (downloaded once into the module cache): Fleet's CRDs and chart files, kwok's stages.
module_dir() { # module@version
  (cd /tmp && GOFLAGS=-mod=mod go mod download -json "$1" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
}
