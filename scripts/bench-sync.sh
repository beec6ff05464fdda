#!/usr/bin/env bash
# Opt-in benchmark (not run in CI): the headless sync of konnect-desk against
# `konnect-sim --seed fleet:N`, each case next to a curl floor over the same URLs measured in
# the same run.
#   scripts/bench-sync.sh [--h2] [N]      N control planes, default 2000
# Cases: 1. 100 ms per request (full sync vs curl --parallel-max 32 and 6); 2. no delay;
# 3. a second sync at 100 ms (refresh); 4. fleet:500 at --rate-limit 600/min; 5. peak RSS of the
# GUI app (offscreen) synced to fleet:N. Peak RSS of every sync. --h2 adds case 1 through nginx
# (TLS on loopback) with http2 on and off.
# Needs a built tree (cmake --build --preset ci --target konnect-desk konnect-sim), curl, jq,
# openssl and /usr/bin/time (package time); --h2 needs nginx (apt-get install nginx). It installs
# nothing. KD_BUILD_DIR picks another build tree (default build/ci).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
    sed -n '2,11s/^# \{0,1\}//p' "$0"
    exit "${1:-0}"
}

H2=0
N=2000
while [ $# -gt 0 ]; do
    case "$1" in
    --h2) H2=1 ;;
    -h | --help) usage 0 ;;
    -*) echo "bench-sync: unknown option $1" >&2; usage 2 >&2 ;;
    *)
        [[ "$1" =~ ^[1-9][0-9]*$ ]] || { echo "bench-sync: N must be a positive number" >&2; exit 2; }
        N=$1
        ;;
    esac
    shift
done

BUILD=${KD_BUILD_DIR:-build/ci}
APP=$BUILD/app/konnect-desk
SIM=$BUILD/sim/konnect-sim
DELAY_MS=100
RATE_N=500
RATE=600/min
for exe in "$APP" "$SIM"; do
    [ -x "$exe" ] || { echo "bench-sync: $exe is missing; build it first:" \
        "cmake --preset ci && cmake --build --preset ci --target konnect-desk konnect-sim" >&2; exit 2; }
done
for tool in curl jq openssl awk /usr/bin/time; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench-sync: $tool is missing (apt-get install curl jq openssl gawk time)" >&2; exit 2; }
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/bench-sync.XXXXXX")
chmod 700 "$TMP"
PIDS=()
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A token made for this run; the app reads it from the environment, curl from a config file.
KD_BENCH_TOKEN=kpat_bench$(openssl rand -hex 16)
export KD_BENCH_TOKEN
AUTH="$TMP/auth.curlrc"
(umask 077; printf 'header = "Authorization: Bearer %s"\n' "$KD_BENCH_TOKEN" >"$AUTH")
redact() { sed "s/$KD_BENCH_TOKEN/kpat_***/g"; }

die() {
    echo "bench-sync: $*" >&2
    exit 1
}
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
# CPU seconds (user + system) that process PID has used so far.
cpu_s() { awk -v t="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$1/stat" 2>/dev/null || echo 0; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a - b }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "n/a" }'; }
forget_pid() {
    local keep=() p
    for p in "${PIDS[@]}"; do [ "$p" = "$1" ] || keep+=("$p"); done
    PIDS=("${keep[@]}")
}
stop() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
    forget_pid "$1"
}

# start_sim NAME ARGS...: konnect-sim on a free port (it picks one with --port 0); sets SIM_PID
# and SIM_ORIGIN.
start_sim() {
    local name=$1 log="$TMP/$1.sim.log" i
    shift
    : >"$log"
    "$SIM" --port 0 --token "$KD_BENCH_TOKEN" "$@" >"$log" 2>&1 &
    SIM_PID=$!
    PIDS+=("$SIM_PID")
    for ((i = 0; i < 1800; i++)); do
        if grep -q 'listening on' "$log"; then
            SIM_ORIGIN=$(awk '/listening on/ { print $NF; exit }' "$log")
            return 0
        fi
        kill -0 "$SIM_PID" 2>/dev/null || break
        sleep 0.1
    done
    redact <"$log" >&2
    die "konnect-sim ($name) did not start"
}

get() { curl -sS -g --fail -K "$AUTH" "$1"; }

# page_count URL: pages of 100 that the list at URL (page 1 of 100) holds.
page_count() {
    local total
    total=$(get "$1" | jq -r '.meta.page.total')
    [[ "$total" =~ ^[0-9]+$ ]] || die "no meta.page.total in the answer to ${1#"$SIM_ORIGIN"}"
    echo $(((total + 99) / 100 > 0 ? (total + 99) / 100 : 1))
}

# derive_paths ORIGIN FILE: every path (with query) that a full sync reads, as the app builds
# them, read from the simulator without timing. Prints "list-pages core-reads".
derive_paths() {
    local origin=$1 out=$2 geo k pages list id lists=0 core=0 ids="$TMP/ids"
    : >"$out"
    for geo in us eu au me in sg; do
        list="/$geo/v2/control-planes?page[size]=100&page[number]=1&sort=created_at"
        pages=$(page_count "$origin$list")
        : >"$ids.$geo"
        for ((k = 1; k <= pages; k++)); do
            list="/$geo/v2/control-planes?page[size]=100&page[number]=$k&sort=created_at"
            echo "$list" >>"$out"
            get "$origin$list" | jq -r '.data[].id' >>"$ids.$geo"
            lists=$((lists + 1))
        done
    done
    for list in "configurations?" "add-ons?filter[config.kind][eq]=managed-cache.v0&" \
        "networks?" "provider-accounts?"; do
        pages=$(page_count "$origin/global/v2/cloud-gateways/${list}page[size]=100&page[number]=1")
        for ((k = 1; k <= pages; k++)); do
            echo "/global/v2/cloud-gateways/${list}page[size]=100&page[number]=$k" >>"$out"
            lists=$((lists + 1))
        done
    done
    for geo in us eu au me in sg; do
        while read -r id; do
            # The expected config hash comes first: a refresh compares it to the last one read.
            echo "/$geo/v2/control-planes/$id/expected-config-hash" >>"$out"
            echo "/$geo/v2/control-planes/$id/core-entities/plugins?size=1000" >>"$out"
            echo "/$geo/v2/control-planes/$id/core-entities/partials?size=1000" >>"$out"
            core=$((core + 3))
        done <"$ids.$geo"
    done
    echo "$lists $core"
}

# run_curl NAME ORIGIN PATHS MAX [CURL-OPTIONS...]: times curl --parallel over every path; sets
# CURL_S (seconds), CURL_OK (answers 200), CURL_CONNS (connections opened), CURL_PROTO and
# CURL_SIM_CPU (CPU seconds konnect-sim SIM_PID spent meanwhile).
run_curl() {
    local name=$1 origin=$2 paths=$3 max=$4 conf="$TMP/$1.curlrc" out="$TMP/$1.curl.out" t0 path c0
    shift 4
    {
        cat "$AUTH"
        echo 'globoff'
        echo 'write-out = "%{http_code} %{num_connects} %{http_version}\n"'
        while read -r path; do
            printf 'url = "%s%s"\noutput = "/dev/null"\n' "$origin" "$path"
        done <"$paths"
    } >"$conf"
    c0=$(cpu_s "$SIM_PID")
    t0=$(now)
    curl --no-progress-meter --parallel --parallel-max "$max" "$@" -K "$conf" >"$out" \
        2>"$TMP/$name.curl.err" || true
    CURL_S=$(elapsed "$t0")
    CURL_SIM_CPU=$(minus "$(cpu_s "$SIM_PID")" "$c0")
    CURL_OK=$(awk '$1 == 200' "$out" | wc -l)
    CURL_CONNS=$(awk '{ n += $2 } END { print n + 0 }' "$out")
    CURL_PROTO=$(awk '{ print "HTTP/" $3 }' "$out" | sort -u | paste -sd, -)
    if [ -s "$TMP/$name.curl.err" ]; then
        echo "  curl ($name) said: $(head -c 300 "$TMP/$name.curl.err" | redact)"
    fi
}

# run_app NAME HOME ENDPOINT [APP-OPTIONS...]: one headless sync with its own XDG folders under
# HOME (a run that reuses HOME sees what an earlier one left); sets APP_S (wall), APP_JSON_S,
# APP_REQ, APP_RSS_MB, APP_CPU (its CPU seconds), APP_SIM_CPU (konnect-sim's meanwhile),
# APP_FAILED (geos not in sync), APP_RC and APP_OUT (its JSON).
run_app() {
    local name=$1 home=$2 endpoint=$3 t0 c0
    shift 3
    APP_OUT="$TMP/$name.json"
    mkdir -p "$home"/{config,data,cache,state,runtime}
    chmod 700 "$home/runtime"
    c0=$(cpu_s "$SIM_PID")
    t0=$(now)
    APP_RC=0
    env XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
        XDG_STATE_HOME="$home/state" XDG_RUNTIME_DIR="$home/runtime" \
        /usr/bin/time -f '%M %U %S' -o "$TMP/$name.rss" \
        "$APP" --no-gui --sync --json --token-env KD_BENCH_TOKEN --endpoint-template "$endpoint" \
        "$@" >"$APP_OUT" 2>"$TMP/$name.app.err" || APP_RC=$?
    APP_S=$(elapsed "$t0")
    APP_SIM_CPU=$(minus "$(cpu_s "$SIM_PID")" "$c0")
    APP_RSS_MB=$(tail -n 1 "$TMP/$name.rss" | awk '{ printf "%.0f", $1 / 1024 }')
    APP_CPU=$(tail -n 1 "$TMP/$name.rss" | awk '{ printf "%.2f", $2 + $3 }')
    if ! jq -e . "$APP_OUT" >/dev/null 2>&1; then
        echo "  app ($name) exited with $APP_RC without JSON:"
        head -c 600 "$TMP/$name.app.err" | redact | sed 's/^/    /'
        APP_JSON_S=n/a APP_REQ=0 APP_FAILED=all
        return 0
    fi
    APP_JSON_S=$(jq -r '.seconds' "$APP_OUT")
    APP_REQ=$(jq -r '.requests' "$APP_OUT")
    APP_FAILED=$(jq -r '[.geos[] | select(.state != "in-sync")] | length' "$APP_OUT")
    if [ "$APP_FAILED" != 0 ]; then
        jq -r '.geos | to_entries[] | select(.value.state != "in-sync")
               | "    failed geo \(.key): \(.value.error // "no error given")"' "$APP_OUT" | redact
    fi
}

# What the app's JSON says beyond counts: every one of these fields that this build reports.
app_fields() {
    local f present=() absent=()
    for f in requests bytes skipped_unchanged rate_limited concurrency_max steps_done_at; do
        if jq -e --arg f "$f" 'has($f)' "$APP_OUT" >/dev/null 2>&1; then
            present+=("$f=$(jq -c --arg f "$f" '.[$f]' "$APP_OUT")")
        else
            absent+=("$f")
        fi
    done
    echo "      JSON: ${present[*]:-(none)}${absent[*]:+; not reported by this build: ${absent[*]}}"
}

app_line() {
    printf '  %-34s %8s s  (JSON seconds %s)  %s requests  peak RSS %s MB  failed geos %s  exit %s\n' \
        "$1" "$APP_S" "$APP_JSON_S" "$APP_REQ" "$APP_RSS_MB" "$APP_FAILED" "$APP_RC"
    printf '      CPU: app %s s, konnect-sim %s s\n' "$APP_CPU" "$APP_SIM_CPU"
}
curl_line() {
    printf '  %-34s %8s s  %s/%s answers 200  %s connections  %s  konnect-sim CPU %s s  app/curl %s\n' \
        "$1" "$CURL_S" "$CURL_OK" "$URLS" "$CURL_CONNS" "$CURL_PROTO" "$CURL_SIM_CPU" \
        "$(ratio "$2" "$CURL_S")"
}
# The app reads the URL list plus two sign-in reads (/v3/users/me, /v3/organizations/me).
count_check() {
    local expected=$((URLS + 2))
    if [ "$APP_REQ" = "$expected" ]; then
        echo "  request count: app $APP_REQ = $URLS URLs + 2 sign-in reads (match)"
    else
        echo "  request count: app $APP_REQ, URL list $URLS + 2 sign-in reads = $expected" \
            "(differs by $((APP_REQ - expected)))"
    fi
}

SUMMARY=()
echo "bench-sync: konnect-desk headless sync vs curl, fleet:$N, $(nproc) cores, $(curl --version | head -n 1 | cut -d' ' -f1-2)"
echo "  app $(git rev-parse --short HEAD 2>/dev/null || echo '?') from $BUILD; load average $(cut -d' ' -f1-3 /proc/loadavg)" \
    "(the simulator, the app and curl share these cores: other load skews the numbers)"

# Case 2 first: its undelayed simulator lists the URLs quickly.
echo
echo "== Case 2: fleet:$N, no delay"
start_sim plain --seed "fleet:$N"
PLAIN_PID=$SIM_PID
PATHS="$TMP/paths.txt"
read -r LISTS CORE < <(derive_paths "$SIM_ORIGIN" "$PATHS") || true
[ -n "${CORE:-}" ] || die "could not list the simulator's URLs"
URLS=$((LISTS + CORE))
echo "  URLs: $URLS ($LISTS list pages, $CORE config-hash/plugins/partials reads), derived from the simulator before timing"
run_app c2 "$TMP/home-c2" "$SIM_ORIGIN/{geo}"
C2_APP=$APP_S
app_line "app full sync"
app_fields
count_check
run_curl c2-32 "$SIM_ORIGIN" "$PATHS" 32
curl_line "curl --parallel-max 32" "$C2_APP"
C2_CURL=$CURL_S
run_curl c2-6 "$SIM_ORIGIN" "$PATHS" 6
curl_line "curl --parallel-max 6" "$C2_APP"
SUMMARY+=("$(printf '%-50s app %8s s  curl-32 %7s s  ratio %s' "2 fleet:$N no delay" "$C2_APP" "$C2_CURL" "$(ratio "$C2_APP" "$C2_CURL")")")
stop "$PLAIN_PID"

echo
echo "== Case 1: fleet:$N, ${DELAY_MS} ms per request (--faults delay=1.0:$DELAY_MS)"
start_sim delayed --seed "fleet:$N" --faults "delay=1.0:$DELAY_MS"
DELAYED_ORIGIN=$SIM_ORIGIN
DELAYED_PID=$SIM_PID
run_app c1 "$TMP/home-c1" "$DELAYED_ORIGIN/{geo}"
C1_APP=$APP_S
C1_REQ=$APP_REQ
app_line "app full sync"
app_fields
count_check
run_curl c1-32 "$DELAYED_ORIGIN" "$PATHS" 32
curl_line "curl --parallel-max 32" "$C1_APP"
C1_CURL32=$CURL_S
run_curl c1-6 "$DELAYED_ORIGIN" "$PATHS" 6
curl_line "curl --parallel-max 6" "$C1_APP"
C1_CURL6=$CURL_S
SUMMARY+=("$(printf '%-50s app %8s s  curl-32 %7s s  ratio %s  (curl-6 %s s, ratio %s)' \
    "1 fleet:$N ${DELAY_MS} ms" "$C1_APP" "$C1_CURL32" "$(ratio "$C1_APP" "$C1_CURL32")" \
    "$C1_CURL6" "$(ratio "$C1_APP" "$C1_CURL6")")")

echo
echo "== Case 3: unchanged refresh, fleet:$N, ${DELAY_MS} ms per request (a second headless sync after case 1)"
run_app c3 "$TMP/home-c1" "$DELAYED_ORIGIN/{geo}"
app_line "app second sync"
app_fields
if jq -e 'has("skipped_unchanged")' "$APP_OUT" >/dev/null 2>&1; then
    echo "  refresh baseline: the app skipped $(jq -r '.skipped_unchanged' "$APP_OUT") unchanged control planes;" \
        "$APP_REQ requests vs $C1_REQ in the full sync"
else
    echo "  refresh baseline: not supported by this build (its JSON has no skipped_unchanged):" \
        "this was the same full sync again, $APP_REQ requests vs $C1_REQ"
fi
SUMMARY+=("$(printf '%-50s app %8s s  %s requests (full sync %s s, %s requests)' \
    "3 refresh fleet:$N ${DELAY_MS} ms" "$APP_S" "$APP_REQ" "$C1_APP" "$C1_REQ")")

if [ "$H2" = 1 ]; then
    echo
    echo "== HTTP/2: case 1 through nginx (TLS and http2 on loopback, keepalive to konnect-sim)"
    if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
        echo "  skipped: nginx is not installed (apt-get install nginx)"
    else
        NGINX=$(command -v nginx || echo /usr/sbin/nginx)
        TLS="$TMP/tls"
        mkdir -p "$TLS"
        (
            cd "$TLS"
            openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
                -keyout ca.key -out ca.pem -subj "/CN=konnect-desk bench CA" \
                -addext "basicConstraints=critical,CA:TRUE" \
                -addext "keyUsage=critical,keyCertSign,cRLSign"
            openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
                -keyout server.key -out server.csr -subj "/CN=127.0.0.1"
            printf '%s\n' "subjectAltName=IP:127.0.0.1" "basicConstraints=CA:FALSE" \
                "keyUsage=critical,digitalSignature" "extendedKeyUsage=serverAuth" >server.ext
            openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
                -extfile server.ext -out server.pem
        ) >"$TMP/openssl.log" 2>&1 || { cat "$TMP/openssl.log" >&2; die "openssl could not make the test CA"; }
        SIM_PORT=${DELAYED_ORIGIN##*:}

        free_port() {
            local p
            while :; do
                p=$((20000 + RANDOM % 40000))
                ss -Htln "sport = :$p" | grep -q . || { echo "$p"; return; }
            done
        }
        status_accepts() { curl -sS "http://127.0.0.1:$NGX_STATUS/" | awk '/^ *[0-9]+ +[0-9]+ +[0-9]+/ { print $1; exit }'; }

        # start_nginx MODE: MODE is "http2" or "" (HTTP/1.1 only); sets NGX_PID, NGX_PORT,
        # NGX_STATUS (plain-HTTP stub_status port) and NGX_LOG.
        start_nginx() {
            local mode=$1 dir="$TMP/nginx-${1:-http1}" attempt i
            mkdir -p "$dir"/tmp
            NGX_LOG="$dir/access.log"
            for attempt in 1 2 3 4 5; do
                NGX_PORT=$(free_port)
                NGX_STATUS=$(free_port)
                [ "$NGX_PORT" != "$NGX_STATUS" ] || continue
                cat >"$dir/nginx.conf" <<EOF
master_process off;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 4096; }
http {
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    log_format bench '\$connection \$server_protocol \$status';
    upstream sim {
        server 127.0.0.1:$SIM_PORT;
        keepalive 64;
        keepalive_requests 100000;
    }
    server {
        listen 127.0.0.1:$NGX_PORT ssl $mode;
        ssl_certificate $TLS/server.pem;
        ssl_certificate_key $TLS/server.key;
        access_log $NGX_LOG bench;
        keepalive_requests 100000;
        keepalive_timeout 120s;
        location / {
            proxy_pass http://sim;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_buffers 64 16k;
            proxy_buffer_size 32k;
        }
    }
    server {
        listen 127.0.0.1:$NGX_STATUS;
        access_log off;
        location / { stub_status; }
    }
}
EOF
                "$NGINX" -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" >"$dir/stdout.log" 2>&1 &
                NGX_PID=$!
                PIDS+=("$NGX_PID")
                for ((i = 0; i < 100; i++)); do
                    status_accepts >/dev/null 2>&1 && [ -n "$(status_accepts)" ] && return 0
                    kill -0 "$NGX_PID" 2>/dev/null || break
                    sleep 0.1
                done
                stop "$NGX_PID"
            done
            cat "$dir/error.log" "$dir/stdout.log" >&2 2>/dev/null || true
            die "nginx did not start"
        }

        # h2_case LABEL MODE: the app, then curl, through a fresh nginx in MODE.
        h2_case() {
            local label=$1 mode=$2 before lines
            start_nginx "$mode"
            before=$(status_accepts)
            lines=$(wc -l <"$NGX_LOG" 2>/dev/null || echo 0)
            run_app "h2-${mode:-http1}" "$TMP/home-h2-${mode:-http1}" "https://127.0.0.1:$NGX_PORT/{geo}" \
                --ca-file "$TLS/ca.pem"
            local app_s=$APP_S accepted used protos
            accepted=$(($(status_accepts) - before - 1))
            used=$(tail -n "+$((lines + 1))" "$NGX_LOG" | awk '{ print $1 }' | sort -u | wc -l)
            protos=$(tail -n "+$((lines + 1))" "$NGX_LOG" | awk '{ n[$2]++ } END { for (p in n) printf "%s%s %d", s, p, n[p]; s = ", " }')
            app_line "app, $label"
            app_fields
            echo "      protocol used: $protos requests; TCP connections accepted $accepted, carrying requests $used"
            H2_SUMMARY+=("$(printf '%-50s app %8s s  %s  %s connections' "h2 case 1 via nginx, $label" "$app_s" "$protos" "$accepted")")
            if [ "$mode" = http2 ]; then
                run_curl "h2-curl" "https://127.0.0.1:$NGX_PORT" "$PATHS" 32 --http2 --cacert "$TLS/ca.pem"
                curl_line "curl --http2 --parallel-max 32" "$app_s"
            else
                run_curl "h1-curl" "https://127.0.0.1:$NGX_PORT" "$PATHS" 32 --http1.1 --cacert "$TLS/ca.pem"
                curl_line "curl --http1.1 --parallel-max 32" "$app_s"
                run_curl "h1-curl6" "https://127.0.0.1:$NGX_PORT" "$PATHS" 6 --http1.1 --cacert "$TLS/ca.pem"
                curl_line "curl --http1.1 --parallel-max 6" "$app_s"
            fi
            stop "$NGX_PID"
        }
        H2_SUMMARY=()
        echo "  nginx $("$NGINX" -v 2>&1 | sed 's/.*nginx\///'), upstream konnect-sim fleet:$N at ${DELAY_MS} ms per request"
        h2_case "nginx http2 on" http2
        h2_case "nginx http2 off (HTTP/1.1)" ""
        SUMMARY+=("${H2_SUMMARY[@]}")
    fi
fi
stop "$DELAYED_PID"

echo
echo "== Case 4: fleet:$RATE_N at --rate-limit $RATE"
if [ "$N" = "$RATE_N" ]; then
    RATE_URLS=$URLS
else
    start_sim count --seed "fleet:$RATE_N"
    read -r l c < <(derive_paths "$SIM_ORIGIN" "$TMP/paths-$RATE_N.txt") || true
    [ -n "${c:-}" ] || die "could not list the simulator's URLs"
    RATE_URLS=$((l + c))
    stop "$SIM_PID"
fi
start_sim rate --seed "fleet:$RATE_N" --rate-limit "$RATE"
run_app c4 "$TMP/home-c4" "$SIM_ORIGIN/{geo}"
app_line "app full sync"
app_fields
echo "  requests beyond the URL list ($RATE_URLS) and the 2 sign-in reads: $((APP_REQ - RATE_URLS - 2))" \
    "(reads repeated after a 429: the count of 429 answers when the JSON has no rate_limited)"
echo "  finished: $([ "$APP_RC" = 0 ] && echo yes || echo "no (exit $APP_RC)"), failed geos: $APP_FAILED"
SUMMARY+=("$(printf '%-50s app %8s s  %s requests  failed geos %s' "4 fleet:$RATE_N rate limit $RATE" "$APP_S" "$APP_REQ" "$APP_FAILED")")
stop "$SIM_PID"

echo
echo "== Case 5: the GUI app (QT_QPA_PLATFORM=offscreen) synced to fleet:$N, no delay"
start_sim gui --seed "fleet:$N"
GUI_HOME="$TMP/home-gui"
mkdir -p "$GUI_HOME"/{config,data,cache,state,runtime}
chmod 700 "$GUI_HOME/runtime"
t0=$(now)
env QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$GUI_HOME/config" XDG_DATA_HOME="$GUI_HOME/data" \
    XDG_CACHE_HOME="$GUI_HOME/cache" XDG_STATE_HOME="$GUI_HOME/state" \
    XDG_RUNTIME_DIR="$GUI_HOME/runtime" /usr/bin/time -f '%M %U %S' -o "$TMP/gui.rss" \
    "$APP" --token-env KD_BENCH_TOKEN --endpoint-template "$SIM_ORIGIN/{geo}" \
    >"$TMP/gui.out" 2>"$TMP/gui.err" &
GUI_TIME_PID=$!
PIDS+=("$GUI_TIME_PID")
# The window has no "synced" signal for a script: the sync is over when the app (CPU-bound while
# it reads an undelayed simulator) has used no CPU for 3 s, after 2 s of work at least.
GUI_APP_PID=""
for ((i = 0; i < 50; i++)); do
    GUI_APP_PID=$(pgrep -P "$GUI_TIME_PID" || true)
    [ -n "$GUI_APP_PID" ] && break
    sleep 0.1
done
[ -n "$GUI_APP_PID" ] || die "the GUI app did not start"
last=-1 idle=0
while kill -0 "$GUI_APP_PID" 2>/dev/null; do
    sleep 1
    cpu=$(cpu_s "$GUI_APP_PID")
    if awk -v a="$cpu" -v b="$last" 'BEGIN { exit !(a - b < 0.02 && a > 2) }'; then
        idle=$((idle + 1))
        [ "$idle" -ge 3 ] && break
    else
        idle=0
    fi
    last=$cpu
done
GUI_S=$(minus "$(elapsed "$t0")" 3)
kill -TERM "$GUI_APP_PID" 2>/dev/null || true
wait "$GUI_TIME_PID" 2>/dev/null || true
forget_pid "$GUI_TIME_PID"
GUI_RSS=$(grep -E '^[0-9]+ ' "$TMP/gui.rss" | tail -n 1 | awk '{ printf "%.0f", $1 / 1024 }')
printf '  %-34s %8s s until idle  peak RSS %s MB  CPU %s s\n' "GUI app first sync" "$GUI_S" \
    "$GUI_RSS" "$(grep -E '^[0-9]+ ' "$TMP/gui.rss" | tail -n 1 | awk '{ printf "%.2f", $2 + $3 }')"
SUMMARY+=("$(printf '%-50s peak RSS %s MB (target <= 300)' "5 GUI app synced to fleet:$N" "$GUI_RSS")")
stop "$SIM_PID"

echo
echo "== Summary (wall seconds; ratio = app / curl; load average now $(cut -d' ' -f1-3 /proc/loadavg))"
printf '  %s\n' "${SUMMARY[@]}"
