# The chain's benchmarks (issue 7), sourced by bench/run.sh and run with its helpers (start_app, login, run_wrk,
# wait_for_quiet, page_ok, phase_failed, ...): pseudonym derivation against plain HMAC-SHA256 (no database), and per
# database ingesting results through the API against a bulk insert, re-importing a school's pupils, and the group dashboard.
# shellcheck shell=bash

CHAIN_DERIVE_PUPILS=${BENCH_CHAIN_DERIVE_PUPILS:-1000000}
CHAIN_DERIVE_RUNS=${BENCH_CHAIN_DERIVE_RUNS:-5}
CHAIN_PUPILS=${BENCH_CHAIN_PUPILS:-3000}       # pupils the sharing rule shares with the supplier
CHAIN_SCHOOLS=${BENCH_CHAIN_SCHOOLS:-3}        # schools they are spread over
CHAIN_RESULTS=${BENCH_CHAIN_RESULTS:-1000000}  # results delivered through the API (and bulk-inserted for the baseline)
CHAIN_BATCH=${BENCH_CHAIN_BATCH:-10000}        # results per delivery
CHAIN_IMPORT_PUPILS=${BENCH_CHAIN_IMPORT_PUPILS:-1000}
# scrypt cost for the first import only (the standard 131072 takes ~1.3 s per pupil); the re-import runs at the standard cost.
CHAIN_SCRYPT_COST=${BENCH_CHAIN_SCRYPT_COST:-1024}
CHAIN_FILES="$OUT/chain"
CHAIN_BENCH_DIR="$OUT/chain-bench"
CHAIN_TEACHER="leraar@keten.bench.regie.nl"
CHAIN_COORDINATOR="ict@keten.bench.regie.nl"
CHAIN_IMPORT_KIND="pupil-register"

CHAIN_BENCH_BUILT=0
chain_build() {
  if dotnet build "$BENCH_DIR/Regie.Bench.Chain/Regie.Bench.Chain.csproj" -c Release -o "$CHAIN_BENCH_DIR" --artifacts-path "$OUT/artifacts" --nologo -v quiet >"$RUN_DIR/build-chain.log" 2>&1; then
    CHAIN_BENCH_BUILT=1
  else
    log "building bench/Regie.Bench.Chain failed (see bench/out/run/build-chain.log)"
  fi
}

# A tool of bench/Regie.Bench.Chain, on a quiet machine, with the CPU of anything else measured around it like the load runs.
# Prints its BENCH line with other_cpu_pct and busy_before_pct appended; the tool's output goes to bench/out/run/chain-NAME.txt.
chain_tool() { # name args... -> BENCH line, or nothing when it failed
  local name=$1; shift
  local m0 m1 g0 g1 quiet line cpu_s pg
  quiet=$(wait_for_quiet)
  m0=($(machine_cpu)); g0=$(postgres_cpu)
  perl -e 'my $rc = system(@ARGV); my @t = times; printf "BENCHCPU %.2f\n", $t[2] + $t[3]; exit($rc >> 8)' \
    dotnet "$CHAIN_BENCH_DIR/Regie.Bench.Chain.dll" "$@" >"$RUN_DIR/chain-$name.txt" 2>&1 || return 1
  m1=($(machine_cpu)); g1=$(postgres_cpu)
  line=$(grep '^BENCH ' "$RUN_DIR/chain-$name.txt") || return 1
  cpu_s=$(awk '/^BENCHCPU / { print $2 }' "$RUN_DIR/chain-$name.txt")
  pg=$(( g1 - g0 )); (( pg >= 0 )) || pg=0
  awk -v line="$line" -v pg="$pg" -v own="$cpu_s" -v t=$(( m1[0] - m0[0] )) -v i=$(( m1[1] - m0[1] )) -v hz="$CLK_TCK" \
      -v quiet="$quiet" 'BEGIN { other = (t - i) - pg - own * hz; if (other < 0) other = 0
    printf "%s other_cpu_pct=%.1f busy_before_pct=%s\n", line, (t > 0 ? 100 * other / t : 0), quiet }'
}
chain_failure() { # name -> the tool's first error line
  grep -m1 -E 'Exception|rror' "$RUN_DIR/chain-$1.txt" 2>/dev/null | head -c 300
}

# Pseudonyms for 1,000,000 pupils against plain HMAC-SHA256 over the same bytes, one thread: no database, no app.
chain_derivation() {
  local line
  log "== chain: pseudonym derivation for $CHAIN_DERIVE_PUPILS pupils against HMAC-SHA256, median of $CHAIN_DERIVE_RUNS runs each"
  if (( ! CHAIN_BENCH_BUILT )); then
    phase_failed "chain: bench/Regie.Bench.Chain does not build (PseudonymService.ForSupplier missing or changed?); see bench/out/run/build-chain.log"
    return
  fi
  if ! line=$(chain_tool derive derive --pupils "$CHAIN_DERIVE_PUPILS" --runs "$CHAIN_DERIVE_RUNS"); then
    phase_failed "chain: the derivation benchmark failed: $(chain_failure derive) (see bench/out/run/chain-derive.txt)"
    return
  fi
  log "$line"
  {
    echo "pseudonym_derivation_per_core_ratio=$(field "$line" ratio)"
    echo "pseudonym_derivation_per_core_per_s=$(field "$line" derive_per_s)"
    echo "hmac_sha256_per_core_per_s=$(field "$line" hmac_per_s)"
    echo "pseudonym_derivation_1m_s=$(awk -v s="$(field "$line" derive_median_s)" -v n="$CHAIN_DERIVE_PUPILS" 'BEGIN { printf "%.3f", s * 1000000 / n }')"
    echo "pseudonym_derivation_pupils=$CHAIN_DERIVE_PUPILS"
    echo "pseudonym_derivation_runs=$CHAIN_DERIVE_RUNS"
    echo "pseudonym_derivation_other_cpu_pct=$(field "$line" other_cpu_pct)"
    echo "pseudonym_derivation_busy_before_pct=$(field "$line" busy_before_pct)"
  } >"$RUN_DIR/results-derivation.env"
}

# A school's pupil export through the register's import, as its ICT coordinator does it: upload on
# /Imports/Start/pupil-register?context=<school>, wait for the check, commit, wait until committed.
# Sets PUPIL_IMPORT_MS (upload to committed) and PUPIL_CHECK_MS (upload to checked).
pupil_import() { # csv school-id label -> 0 when committed
  local file=$1 school=$2 label=$3 jar="$RUN_DIR/coordinator-cookies.txt" start page status token result details action
  local url="$BASE_URL/Imports/Start/$CHAIN_IMPORT_KIND?context=$school"
  PUPIL_IMPORT_MS="" PUPIL_CHECK_MS=""
  login "$CHAIN_COORDINATOR" "$jar" >/dev/null
  page=$(curl -s --max-time 10 -b "$jar" -c "$jar" -w '\n%{http_code}' "$url")
  status=$(tail -1 <<<"$page")
  [[ "$status" == 200 ]] || { phase_failed "$provider: the pupil import $url answered $status for the school's coordinator (not built yet?); $label not measured"; return 1; }
  token=$(perl -ne 'if (/name="__RequestVerificationToken"[^>]*value="([^"]+)"/) { print $1; exit }' <<<"$page")
  start=$(now_ms)
  result=$(curl -s --max-time 120 -o /dev/null -w '%{http_code} %{redirect_url}' -b "$jar" -c "$jar" \
    -F "file=@$file;type=text/csv" -F "__RequestVerificationToken=$token" "$url")
  [[ "$result" == "302 $BASE_URL/Imports/Details/"* ]] || { phase_failed "$provider: uploading the pupils ($label) answered '$result', not a redirect to the import's page"; return 1; }
  details=${result#302 }
  page=$(wait_for_import "$details" "$jar" 900) || { phase_failed "$provider: the pupils ($label) were still being checked after 900 s"; return 1; }
  PUPIL_CHECK_MS=$(( $(now_ms) - start ))
  action=$(perl -ne 'if (/<form[^>]*action="([^"]*handler=Commit[^"]*)"/) { my $a = $1; $a =~ s/&amp;/&/g; print $a; exit }' <<<"$page")
  if [[ -z "$action" ]]; then
    echo "$page" >"$RUN_DIR/import-pupils-$label-$provider.html"
    phase_failed "$provider: the pupils ($label) cannot be committed; first problems: $(perl -0ne 'my @r = /<td>([^<]{3,})<\/td>/g; print join(" | ", @r[0..2])' <"$RUN_DIR/import-pupils-$label-$provider.html") (page in bench/out/run/import-pupils-$label-$provider.html)"
    return 1
  fi
  token=$(perl -ne 'if (/name="__RequestVerificationToken"[^>]*value="([^"]+)"/) { print $1; exit }' <<<"$page")
  result=$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE_URL$action")
  [[ "$result" == 302 ]] || { phase_failed "$provider: committing the pupils ($label) answered $result"; return 1; }
  page=$(wait_for_import "$details" "$jar" 900) || { phase_failed "$provider: the pupils ($label) were still being saved after 900 s"; return 1; }
  PUPIL_IMPORT_MS=$(( $(now_ms) - start ))
  echo "$page" >"$RUN_DIR/import-pupils-$label-$provider.html"
  grep -q 'De import is voltooid' <<<"$page" || { phase_failed "$provider: the pupils ($label) did not finish as committed (see bench/out/run/import-pupils-$label-$provider.html)"; PUPIL_IMPORT_MS=""; return 1; }
}

# The supplier fetches its roster: every shared pupil must come back with a pseudonym. Sets ROSTER_MS.
fetch_roster() { # rule key-file -> 0 when the roster lists every shared pupil
  local status pupils start
  ROSTER_MS=""
  start=$(now_ms)
  status=$(curl -s --max-time 120 -o "$RUN_DIR/chain-roster-$provider.json" -w '%{http_code}' \
    -H "X-Api-Key: $(tr -d '\n' <"$2")" -H "Accept: application/json" "$BASE_URL/api/v1/chain/rosters/$1")
  ROSTER_MS=$(( $(now_ms) - start ))
  if [[ "$status" != 200 ]]; then
    phase_failed "$provider: GET /api/v1/chain/rosters/{rule} answered $status: $(head -c 300 "$RUN_DIR/chain-roster-$provider.json") (not built yet?); result ingest not measured"
    ROSTER_MS=""
    return 1
  fi
  pupils=$(grep -o '"leerlingid"' "$RUN_DIR/chain-roster-$provider.json" | wc -l)
  if [[ "$pupils" != "$CHAIN_PUPILS" ]]; then
    phase_failed "$provider: the roster lists $pupils pupils, not the $CHAIN_PUPILS the rule shares; result ingest not measured"
    ROSTER_MS=""
    return 1
  fi
}

# The supplier delivers results: the batches one after the other with its key, as its system would (a 429 is waited out as
# Retry-After says, and the wait counts). Sets INGEST_MS (first request to last answer), INGEST_WAITED_S, INGEST_OTHER_PCT.
ingest_results() { # rule key-file directory -> 0 when every batch was stored
  local rule=$1 key dir=$3 start status batch retries body stored=0 waited=0 wait m0 m1 p0 p1 g0 g1 pg
  INGEST_MS="" INGEST_WAITED_S="" INGEST_OTHER_PCT="" INGEST_FIRST_FAILED=0
  key=$(tr -d '\n' <"$2")
  m0=($(machine_cpu)); p0=$(process_cpu "$APP_PID"); g0=$(postgres_cpu)
  start=$(now_ms)
  for batch in "$dir"/results-batch-*.json; do
    for retries in 1 2 3 4 5 6; do
      status=$(curl -s --max-time 300 -o "$RUN_DIR/chain-ingest-response.json" -D "$RUN_DIR/chain-ingest-headers.txt" -w '%{http_code}' \
        -H "X-Api-Key: $key" -H "Content-Type: application/json" --data-binary "@$batch" "$BASE_URL/api/v1/chain/rosters/$rule/results")
      [[ "$status" == 429 ]] || break
      wait=$(awk -F': ' 'tolower($1) == "retry-after" { print $2 + 0 }' "$RUN_DIR/chain-ingest-headers.txt" | tr -d '\r')
      waited=$(( waited + ${wait:-1} ))
      sleep "${wait:-1}"
    done
    if [[ "$status" != 201 ]]; then
      body=$(head -c 400 "$RUN_DIR/chain-ingest-response.json")
      (( stored == 0 )) && INGEST_FIRST_FAILED=1
      phase_failed "$provider: POST /api/v1/chain/rosters/{rule}/results answered $status for $(basename "$batch") (201 expected): ${body:-no body}"
      return 1
    fi
    stored=$(( stored + 1 ))
  done
  INGEST_MS=$(( $(now_ms) - start ))
  m1=($(machine_cpu)); p1=$(process_cpu "$APP_PID"); g1=$(postgres_cpu)
  pg=$(( g1 - g0 )); (( pg >= 0 )) || pg=0
  INGEST_WAITED_S=$waited
  # curl's own CPU is negligible; the app and PostgreSQL are the work being measured.
  INGEST_OTHER_PCT=$(awk -v t=$(( m1[0] - m0[0] )) -v i=$(( m1[1] - m0[1] )) -v app=$(( p1 - p0 )) -v pg="$pg" \
    'BEGIN { o = (t - i) - app - pg; if (o < 0) o = 0; printf "%.1f", (t > 0 ? 100 * o / t : 0) }')
  INGEST_APP_CPU_S=$(awk -v app=$(( p1 - p0 )) -v hz="$CLK_TCK" 'BEGIN { printf "%.1f", app / hz }')
  INGEST_PG_CPU_S=$(awk -v pg="$pg" -v hz="$CLK_TCK" 'BEGIN { printf "%.1f", pg / hz }')
}

chain_phase() { # provider
  local provider=$1 connection files="$CHAIN_FILES/$1" rule group_id group_name school_id seed_s busy_before hwm_kb key why
  local bulk="" health="" dashboard="" first_import_ms="" first_check_ms="" reimport_ms="" recheck_ms="" roster_ok=0 files_ok=0
  log "== $provider chain: preparing the database ($CHAIN_PUPILS shared pupils in $CHAIN_SCHOOLS schools, an export of $CHAIN_IMPORT_PUPILS pupils)"
  if (( ! CHAIN_BENCH_BUILT )); then
    phase_failed "$provider: bench/Regie.Bench.Chain does not build; the chain phase is not measured (see bench/out/run/build-chain.log)"
    return
  fi
  connection=$(prepare_database "$provider" chain)
  rm -rf "$files"
  mkdir -p "$files"
  local seed_start=$SECONDS
  dotnet "$SEED_DIR/Regie.Bench.Seed.dll" --mode chain --provider "$provider" --connection "$connection" \
    --pupils "$CHAIN_PUPILS" --schools "$CHAIN_SCHOOLS" --import-pupils "$CHAIN_IMPORT_PUPILS" --password "$ADMIN_PASSWORD" \
    --key-directory "$files/pseudonym-keys" --out "$files" >&2 || die "seeding the chain on $provider failed"
  seed_s=$(( SECONDS - seed_start ))
  rule=$(sed -n 1p "$files/rule.txt")
  group_id=$(sed -n 1p "$files/dashboard-group.txt")
  group_name=$(sed -n 2p "$files/dashboard-group.txt")
  school_id=$(sed -n 1p "$files/import-school.txt")
  # The app uses the seeder's pseudonymisation keys, so the seeded pupils' lookup hashes are its own.
  export Regie__Chain__KeyDirectory="$files/pseudonym-keys"

  # The first import creates the pupils: scrypt per new pupil, at a lowered cost so it takes seconds, not a quarter of an hour.
  log "== $provider chain: first import of $CHAIN_IMPORT_PUPILS pupils (scrypt cost $CHAIN_SCRYPT_COST)"
  busy_before=$(wait_for_quiet)
  Regie__Chain__ScryptCost=$CHAIN_SCRYPT_COST start_app "$provider" "$connection" "chain-first-import-$provider"
  if pupil_import "$files/pupils-import.csv" "$school_id" first-import; then
    first_import_ms=$PUPIL_IMPORT_MS first_check_ms=$PUPIL_CHECK_MS
    log "first import: checked after ${PUPIL_CHECK_MS} ms, committed after ${PUPIL_IMPORT_MS} ms"
  fi
  stop_app

  # Everything else at the standard scrypt cost: a re-import that hashed known pupils again would take minutes.
  log "== $provider chain: starting the app"
  busy_before=$(wait_for_quiet)
  start_app "$provider" "$connection" "chain-$provider"
  log "first 200 from /health after ${STARTUP_MS} ms"

  if fetch_roster "$rule" "$files/api-key.txt"; then
    roster_ok=1
    log "roster of $CHAIN_PUPILS pupils fetched in ${ROSTER_MS} ms"
    if dotnet "$CHAIN_BENCH_DIR/Regie.Bench.Chain.dll" results --provider "$provider" --connection "$connection" --rule "$rule" \
         --results "$CHAIN_RESULTS" --batch "$CHAIN_BATCH" --out "$files/batches" >"$RUN_DIR/chain-results-$provider.txt" 2>&1; then
      files_ok=1
    else
      phase_failed "$provider: writing the result batches failed: $(chain_failure "results-$provider") (see bench/out/run/chain-results-$provider.txt)"
    fi
  fi

  # The baseline first, into the same table; it deletes its rows again (and reclaims the space) so the API run starts
  # from the same table. Without the API the rows stay, so the dashboard still has its million results.
  log "== $provider chain: bulk insert of $CHAIN_RESULTS results (baseline)"
  if bulk=$(chain_tool "bulk-$provider" bulk --provider "$provider" --connection "$connection" --rule "$rule" \
              --results "$CHAIN_RESULTS" --keep $(( files_ok ? 0 : 1 ))); then
    log "$bulk"
  else
    bulk=""
    phase_failed "$provider: the bulk insert failed: $(chain_failure "bulk-$provider") (see bench/out/run/chain-bulk-$provider.txt)"
  fi

  local results_in_db=$(( files_ok ? 0 : (${#bulk} > 0 ? 1 : 0) ))
  if (( files_ok )); then
    log "== $provider chain: delivering $CHAIN_RESULTS results through the API in batches of $CHAIN_BATCH"
    wait_for_quiet >/dev/null
    if ingest_results "$rule" "$files/api-key.txt" "$files/batches"; then
      results_in_db=1
      log "API ingest: ${INGEST_MS} ms (${INGEST_WAITED_S} s of it waiting out 429s), other processes ${INGEST_OTHER_PCT}%"
    elif (( INGEST_FIRST_FAILED )) && bulk=$(chain_tool "bulk-keep-$provider" bulk --provider "$provider" --connection "$connection" \
              --rule "$rule" --results "$CHAIN_RESULTS" --keep 1); then
      results_in_db=1 # the API stored nothing: the dashboard gets the baseline's rows instead
    fi
  fi

  log "== $provider chain: re-importing the unchanged export of $CHAIN_IMPORT_PUPILS pupils"
  if [[ -n "$first_import_ms" ]]; then
    wait_for_quiet >/dev/null
    if pupil_import "$files/pupils-import.csv" "$school_id" reimport; then
      reimport_ms=$PUPIL_IMPORT_MS recheck_ms=$PUPIL_CHECK_MS
      log "re-import: checked after ${PUPIL_CHECK_MS} ms, committed after ${PUPIL_IMPORT_MS} ms"
    fi
  else
    phase_failed "$provider: the first pupil import failed, so the re-import is not measured"
  fi

  if (( results_in_db )); then
    COOKIE=$(login "$CHAIN_TEACHER")
    why=$(page_ok learning-dashboard "/Chain/Dashboard/Group/$group_id" "$(perl -e 'print quotemeta(shift)' "$group_name")" "the group's name")
    if [[ "$why" == ok ]]; then
      log "== $provider chain: /health, warm-up (${WARMUP}-${WARMUP_MAX} s) + ${DURATION} s"
      health=$(run_wrk "chain-health-$provider" "$BASE_URL/health")
      log "$health"
      log "== $provider chain: group dashboard, warm-up (${WARMUP}-${WARMUP_MAX} s) + ${DURATION} s"
      dashboard=$(run_wrk "learning-dashboard-$provider" "$BASE_URL/Chain/Dashboard/Group/$group_id")
      log "$dashboard"
    else phase_failed "$provider: the group dashboard $why; not measured"; fi
  else
    phase_failed "$provider: no results in the database (neither the API nor the bulk insert stored them); the dashboard is not measured"
  fi

  kill -0 "$APP_PID" 2>/dev/null || die "the app died in the chain phase"
  hwm_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$APP_PID/status")
  stop_app
  COOKIE=""
  unset Regie__Chain__KeyDirectory

  seconds() { [[ -n "$1" ]] && awk -v m="$1" 'BEGIN { printf "%.2f", m / 1000 }'; }
  {
    echo "chain_pupils=$CHAIN_PUPILS"
    echo "chain_results=$CHAIN_RESULTS"
    echo "chain_import_pupils=$CHAIN_IMPORT_PUPILS"
    echo "chain_scrypt_cost=$CHAIN_SCRYPT_COST"
    echo "chain_seed_s=$seed_s"
    echo "chain_startup_ms=$STARTUP_MS"
    echo "chain_startup_busy_before_pct=$busy_before"
    echo "chain_peak_memory_mb=$(awk -v k="$hwm_kb" 'BEGIN { printf "%.1f", k / 1024 }')"
    echo "pupil_first_import_seconds=$(seconds "$first_import_ms")"
    echo "pupil_first_import_check_seconds=$(seconds "$first_check_ms")"
    echo "pupil_reimport_1000_seconds=$(seconds "$reimport_ms")"
    echo "pupil_reimport_check_seconds=$(seconds "$recheck_ms")"
    (( roster_ok )) && echo "chain_roster_ms=$ROSTER_MS"
    if [[ -n "$bulk" ]]; then
      echo "result_bulk_insert_seconds=$(field "$bulk" bulk_s)"
      echo "result_bulk_insert_other_cpu_pct=$(field "$bulk" other_cpu_pct)"
    fi
    if [[ -n "${INGEST_MS:-}" ]] && (( files_ok )); then
      echo "result_ingest_1m_seconds=$(seconds "$INGEST_MS")"
      echo "result_ingest_rate_limit_wait_seconds=$INGEST_WAITED_S"
      echo "result_ingest_other_cpu_pct=$INGEST_OTHER_PCT"
      echo "result_ingest_app_cpu_seconds=$INGEST_APP_CPU_S"
      echo "result_ingest_postgres_cpu_seconds=$INGEST_PG_CPU_S"
    fi
    for key in rps p50_ms p95_ms p99_ms requests non200 socket_errors app_cpu_ms_per_request app_cpu_pct wrk_cpu_pct \
               postgres_cpu_pct machine_busy_pct other_cpu_pct busy_before_pct attempt warmup_s cold_rps; do
      if [[ -n "$health" ]]; then echo "chain_health_$key=$(field "$health" "$key")"; fi
      if [[ -n "$dashboard" ]]; then echo "learning_dashboard_group_$key=$(field "$dashboard" "$key")"; fi
    done
  } >>"$RUN_DIR/results-$provider.env"
}
