#!/usr/bin/env bash
# Writes bench/RESULTS.md and bench/results.json from the results-<provider>.env files of one run.
# Called by bench/run.sh: report.sh RUN_DIR "sqlite postgres" SECONDS_TAKEN "WRK COMMAND" WARMUP DURATION OTHER_MAX WARMUP_MAX PHASES
# Figures of phases that did not run this time are carried over from the previous results.json, with their own date.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# Where RESULTS.md and results.json go: bench/ itself, or elsewhere for a trial run that must not replace them.
RESULTS_DIR=${BENCH_RESULTS_DIR:-$BENCH_DIR}
mkdir -p "$RESULTS_DIR"
RUN_DIR=$1
PROVIDERS=$2
TAKEN_S=$3
WRK_COMMAND=$4
WARMUP=$5
DURATION=$6
OTHER_MAX=${7:-10}
WARMUP_MAX=${8:-60}
PHASES=${9:-"grouping lists market procurement chain"}
DATE=$(date -u +%Y-%m-%dT%H:%M:%SZ)
# The previous results, read before they are replaced.
PREVIOUS=""
[[ -f "$RESULTS_DIR/results.json" ]] && PREVIOUS=$(cat "$RESULTS_DIR/results.json")

phase_of() { # metric name -> the phase of bench/run.sh that measures it
  case "$1" in
    needs_grouping_*) echo grouping ;;
    market_*) echo market ;;
    plan_overview_*|procurement_*|threshold_monitor_*) echo procurement ;;
    pseudonym_*|hmac_*|result_*|pupil_*|learning_dashboard_*|chain_*) echo chain ;;
    *) echo lists ;;
  esac
}
ran() { [[ " $PHASES " == *" $1 "* ]]; }
previous() { # database name field(value|date) -> from the previous results.json, for a phase that did not run this time
  ran "$(phase_of "$2")" && return 0
  [[ -n "$PREVIOUS" ]] || return 0
  perl -ne 'BEGIN { ($db, $n, $f) = splice(@ARGV, 0, 3) }
    if (/"name": "\Q$n\E", "database": "\Q$db\E", "value": ([^,]+), .*"date": "([^"]+)"/) { print $f eq "date" ? $2 : $1; exit }' \
    "$1" "$2" "$3" <<<"$PREVIOUS"
}

value() { # provider key -> the value, or nothing when that part was not measured (this time or, for a phase not run, before)
  local v=""
  [[ -f "$RUN_DIR/results-$1.env" ]] && v=$(awk -F= -v k="$2" '$1 == k { print $2 }' "$RUN_DIR/results-$1.env")
  [[ -n "$v" ]] || v=$(previous "$1" "$2" value)
  echo "$v"
}
derivation() { # key -> from the chain's pseudonym derivation benchmark, which has no database either
  local v=""
  [[ -f "$RUN_DIR/results-derivation.env" ]] && v=$(awk -F= -v k="$1" '$1 == k { print $2 }' "$RUN_DIR/results-derivation.env")
  [[ -n "$v" ]] || v=$(previous none "$1" value)
  echo "$v"
}
grouping() { # key -> from the grouping benchmark, which has no database
  local v=""
  [[ -f "$RUN_DIR/results-grouping.env" ]] && v=$(awk -F= -v k="$1" '$1 == k { print $2 }' "$RUN_DIR/results-grouping.env")
  [[ -n "$v" ]] || v=$(previous none "$1" value)
  echo "$v"
}
date_of() { # provider name -> when the figure was measured: now, or the date it carries from an earlier run
  local d
  d=$(previous "$1" "$2" date)
  echo "${d:-$DATE}"
}
ratio() { # provider numerator denominator -> nothing when either was not measured
  local n d
  n=$(value "$1" "$2"); d=$(value "$1" "$3")
  [[ -n "$n" && -n "$d" ]] && awk -v s="$n" -v h="$d" 'BEGIN { printf "%.3f", (h > 0 ? s / h : 0) }'
  return 0
}
metric() { # provider name
  case "$2" in
    school_list_vs_health_ratio) ratio "$1" school_list_rps health_rps ;;
    market_search_vs_health_ratio) ratio "$1" market_search_rps market_health_rps ;;
    result_ingest_vs_bulk_ratio) ratio "$1" result_bulk_insert_seconds result_ingest_1m_seconds ;;
    learning_dashboard_vs_health_ratio) ratio "$1" learning_dashboard_group_rps chain_health_rps ;;
    *) value "$1" "$2" ;;
  esac
}
# name | unit | goal ("" = none) | label
METRICS=(
  "school_list_p50_ms|ms||School list p50"
  "school_list_p95_ms|ms|<= 50|School list p95"
  "school_list_p99_ms|ms||School list p99"
  "school_list_rps|requests/s||School list throughput"
  "needs_overview_p50_ms|ms||Needs overview p50"
  "needs_overview_p95_ms|ms|<= 80|Needs overview p95"
  "needs_overview_p99_ms|ms||Needs overview p99"
  "needs_overview_rps|requests/s||Needs overview throughput"
  "health_rps|requests/s||/health throughput"
  "school_list_vs_health_ratio|ratio|>= 0.25|School list / health throughput"
  "health_p95_ms|ms||/health p95"
  "startup_ms|ms|<= 3000|Startup to first 200 from /health"
  "peak_memory_mb|MB|<= 300|Peak memory (VmHWM)"
  "school_list_app_cpu_ms_per_request|ms||App CPU per school list request"
  "needs_overview_app_cpu_ms_per_request|ms||App CPU per needs overview request"
  "health_app_cpu_ms_per_request|ms||App CPU per /health request"
  "school_list_cold_rps|requests/s||School list throughput, first 5 s after startup"
  "health_cold_rps|requests/s||/health throughput, first 5 s after startup"
  "school_list_other_cpu_pct|%|<= $OTHER_MAX|Other processes during the school list run"
  "needs_overview_other_cpu_pct|%|<= $OTHER_MAX|Other processes during the needs overview run"
  "health_other_cpu_pct|%|<= $OTHER_MAX|Other processes during the /health run"
  "market_search_p50_ms|ms||Market: search p50"
  "market_search_p95_ms|ms|<= 50|Market: search p95"
  "market_search_p99_ms|ms||Market: search p99"
  "market_search_rps|requests/s||Market: search throughput"
  "market_health_rps|requests/s||Market: /health throughput"
  "market_search_vs_health_ratio|ratio|>= 0.2|Market: search / health throughput"
  "market_item_page_p50_ms|ms||Market: item page p50"
  "market_item_page_p95_ms|ms|<= 50|Market: item page p95"
  "market_item_page_p99_ms|ms||Market: item page p99"
  "market_item_page_rps|requests/s||Market: item page throughput"
  "market_csv_import_s|s|<= 30|Market: CSV import, upload to committed"
  "market_csv_check_s|s||Market: CSV import, upload to checked"
  "market_api_import_s|s|<= 30|Market: API import in batches of 500"
  "market_startup_ms|ms||Market: startup to first 200 from /health"
  "market_first_search_ms|ms||Market: first search after startup"
  "market_peak_memory_mb|MB||Market: peak memory (VmHWM)"
  "market_search_app_cpu_ms_per_request|ms||Market: app CPU per search"
  "market_item_page_app_cpu_ms_per_request|ms||Market: app CPU per item page"
  "market_search_other_cpu_pct|%|<= $OTHER_MAX|Market: other processes during the search run"
  "market_item_page_other_cpu_pct|%|<= $OTHER_MAX|Market: other processes during the item page run"
  "market_health_other_cpu_pct|%|<= $OTHER_MAX|Market: other processes during the /health run"
  "market_catalog_items|items||Market: published catalogue items seeded"
  "market_reviews|reviews||Market: reviews seeded"
  "market_import_rows|rows||Market: items per import (CSV and API)"
  "threshold_monitor_recompute_ms|ms|<= 200|Procurement: threshold monitor recompute after a change, median (the issue states no percentile here)"
  "threshold_monitor_recompute_p95_ms|ms||Procurement: threshold monitor recompute after a change, p95"
  "threshold_monitor_repeat_ms|ms||Procurement: threshold monitor again without a change, p95"
  "plan_overview_p50_ms|ms||Procurement: plan overview p50"
  "plan_overview_p95_ms|ms|<= 100|Procurement: plan overview p95"
  "plan_overview_p99_ms|ms||Procurement: plan overview p99"
  "plan_overview_rps|requests/s||Procurement: plan overview throughput"
  "procurement_list_p50_ms|ms||Procurement: project list p50"
  "procurement_list_p95_ms|ms|<= 100|Procurement: project list p95 (our goal)"
  "procurement_list_p99_ms|ms||Procurement: project list p99"
  "procurement_list_rps|requests/s||Procurement: project list throughput"
  "threshold_monitor_page_p50_ms|ms||Procurement: threshold monitor page p50"
  "threshold_monitor_page_p95_ms|ms|<= 100|Procurement: threshold monitor page p95 (our goal)"
  "threshold_monitor_page_p99_ms|ms||Procurement: threshold monitor page p99"
  "threshold_monitor_page_rps|requests/s||Procurement: threshold monitor page throughput"
  "plan_overview_app_cpu_ms_per_request|ms||Procurement: app CPU per plan overview"
  "procurement_list_app_cpu_ms_per_request|ms||Procurement: app CPU per project list"
  "threshold_monitor_page_app_cpu_ms_per_request|ms||Procurement: app CPU per monitor page"
  "threshold_monitor_other_cpu_pct|%|<= $OTHER_MAX|Procurement: other processes during the monitor runs"
  "plan_overview_other_cpu_pct|%|<= $OTHER_MAX|Procurement: other processes during the plan overview run"
  "procurement_list_other_cpu_pct|%|<= $OTHER_MAX|Procurement: other processes during the project list run"
  "threshold_monitor_page_other_cpu_pct|%|<= $OTHER_MAX|Procurement: other processes during the monitor page run"
  "procurement_startup_ms|ms||Procurement: startup to first 200 from /health"
  "procurement_peak_memory_mb|MB||Procurement: peak memory (VmHWM)"
  "procurement_plan_lines|lines||Procurement: plan lines seeded"
  "procurement_projects|projects||Procurement: projects seeded"
  "result_ingest_1m_seconds|s|<= 60|Chain: results delivered through the API, first request to last answer"
  "result_bulk_insert_seconds|s||Chain: the same results bulk-inserted into LearningResults (baseline)"
  "result_ingest_vs_bulk_ratio|ratio|>= 0.33|Chain: bulk insert time / API time"
  "result_ingest_rate_limit_wait_seconds|s||Chain: of the API time, waiting out 429 (rate limit)"
  "result_ingest_app_cpu_seconds|s||Chain: app CPU during the API delivery"
  "result_ingest_postgres_cpu_seconds|s||Chain: PostgreSQL CPU during the API delivery"
  "result_ingest_other_cpu_pct|%|<= $OTHER_MAX|Chain: other processes during the API delivery"
  "result_bulk_insert_other_cpu_pct|%|<= $OTHER_MAX|Chain: other processes during the bulk insert"
  "pupil_reimport_1000_seconds|s|<= 10|Chain: re-importing the unchanged export, upload to committed"
  "pupil_reimport_check_seconds|s||Chain: re-import, upload to checked"
  "pupil_first_import_seconds|s||Chain: first import of the export, upload to committed (lowered scrypt cost)"
  "pupil_first_import_check_seconds|s||Chain: first import, upload to checked (lowered scrypt cost)"
  "learning_dashboard_group_p50_ms|ms||Chain: group dashboard p50"
  "learning_dashboard_group_p95_ms|ms|<= 100|Chain: group dashboard p95"
  "learning_dashboard_group_p99_ms|ms||Chain: group dashboard p99"
  "learning_dashboard_group_rps|requests/s||Chain: group dashboard throughput"
  "chain_health_rps|requests/s||Chain: /health throughput"
  "learning_dashboard_vs_health_ratio|ratio||Chain: group dashboard / health throughput"
  "learning_dashboard_group_app_cpu_ms_per_request|ms||Chain: app CPU per group dashboard"
  "learning_dashboard_group_other_cpu_pct|%|<= $OTHER_MAX|Chain: other processes during the dashboard run"
  "chain_health_other_cpu_pct|%|<= $OTHER_MAX|Chain: other processes during the /health run"
  "chain_roster_ms|ms||Chain: first roster fetch (issues every pseudonym)"
  "chain_startup_ms|ms||Chain: startup to first 200 from /health"
  "chain_peak_memory_mb|MB||Chain: peak memory (VmHWM)"
  "chain_pupils|pupils||Chain: pupils shared with the supplier"
  "chain_results|results||Chain: results delivered (and bulk-inserted)"
  "chain_import_pupils|pupils||Chain: pupils in the imported export"
  "chain_scrypt_cost|N||Chain: scrypt cost (N) of the first import"
)
# The chain's derivation benchmark has no database: name | unit | goal | label, reported with database "none".
DERIVATION_METRICS=(
  "pseudonym_derivation_per_core_ratio|ratio|>= 0.5|Pseudonym derivation / plain HMAC-SHA256 throughput, one core"
  "pseudonym_derivation_per_core_per_s|pseudonyms/s||Pseudonyms derived per second, one core"
  "hmac_sha256_per_core_per_s|HMACs/s||Plain HMAC-SHA256 over the same bytes per second, one core"
  "pseudonym_derivation_1m_s|s||Deriving 1,000,000 pseudonyms, one core"
  "pseudonym_derivation_pupils|pupils||Pupils (first-level hashes) per run"
  "pseudonym_derivation_other_cpu_pct|%|<= $OTHER_MAX|Other processes during the derivation runs"
)
# The market's goals hold for the issue's sizes; a smaller run says so next to its verdict.
FULL_ITEMS=100000
FULL_REVIEWS=500000
FULL_IMPORT_ROWS=10000
FULL_PLAN_LINES=20000
FULL_PROJECTS=500
FULL_CHAIN_RESULTS=1000000
FULL_CHAIN_IMPORT=1000
FULL_DERIVE_PUPILS=1000000
reduced() { # provider metric -> "1" when the metric was measured on less data than its goal is stated for
  case "$2" in
    market_search_*|market_item_page_*)
      awk -v i="$(value "$1" market_catalog_items)" -v r="$(value "$1" market_reviews)" -v fi="$FULL_ITEMS" -v fr="$FULL_REVIEWS" \
        'BEGIN { print (i + 0 < fi || r + 0 < fr) ? 1 : 0 }' ;;
    market_csv_import_s|market_api_import_s)
      awk -v n="$(value "$1" market_import_rows)" -v f="$FULL_IMPORT_ROWS" 'BEGIN { print (n + 0 < f) ? 1 : 0 }' ;;
    threshold_monitor_*|plan_overview_*|procurement_list_*)
      awk -v l="$(value "$1" procurement_plan_lines)" -v p="$(value "$1" procurement_projects)" -v fl="$FULL_PLAN_LINES" -v fp="$FULL_PROJECTS" \
        'BEGIN { print (l + 0 < fl || p + 0 < fp) ? 1 : 0 }' ;;
    result_*|learning_dashboard_*)
      awk -v n="$(value "$1" chain_results)" -v f="$FULL_CHAIN_RESULTS" 'BEGIN { print (n + 0 < f) ? 1 : 0 }' ;;
    pupil_reimport_*)
      awk -v n="$(value "$1" chain_import_pupils)" -v f="$FULL_CHAIN_IMPORT" 'BEGIN { print (n + 0 < f) ? 1 : 0 }' ;;
    *) echo 0 ;;
  esac
}
disturbed() { # provider metric -> "1" when a run the metric depends on was disturbed by other processes
  local runs=()
  case "$2" in
    school_list_vs_health_ratio) runs=(school_list health) ;;
    market_search_vs_health_ratio) runs=(market_search market_health) ;;
    market_search_*) runs=(market_search) ;;
    market_item_page_*) runs=(market_item_page) ;;
    market_health_*) runs=(market_health) ;;
    threshold_monitor_page_*) runs=(threshold_monitor_page) ;;
    threshold_monitor_*) runs=(threshold_monitor) ;;
    plan_overview_*) runs=(plan_overview) ;;
    learning_dashboard_vs_health_ratio) runs=(learning_dashboard_group chain_health) ;;
    learning_dashboard_*) runs=(learning_dashboard_group) ;;
    chain_health_*) runs=(chain_health) ;;
    result_ingest_vs_bulk_ratio) runs=(result_ingest result_bulk_insert) ;;
    result_ingest_*) runs=(result_ingest) ;;
    result_bulk_insert_*) runs=(result_bulk_insert) ;;
    procurement_list_*) runs=(procurement_list) ;;
    school_list_*) runs=(school_list) ;;
    needs_overview_*) runs=(needs_overview) ;;
    health_*) runs=(health) ;;
  esac
  for r in ${runs[@]+"${runs[@]}"}; do
    awk -v o="$(value "$1" "${r}_other_cpu_pct")" -v m="$OTHER_MAX" 'BEGIN { exit !(o > m) }' && { echo 1; return; }
  done
  echo 0
}
pretty() { # value unit -> rounded for people
  case "$2" in
    ms|MB|s) awk -v v="$1" 'BEGIN { printf (v >= 100 ? "%.0f" : "%.1f"), v }' ;;
    requests/s|pseudonyms/s|HMACs/s) awk -v v="$1" 'BEGIN { printf "%.0f", v }' ;;
    ratio) awk -v v="$1" 'BEGIN { printf "%.2f", v }' ;;
    *) echo "$1" ;;
  esac
}
passes() { # value goal -> "pass" | "FAIL" | ""
  [[ -z "$2" ]] && { echo ""; return; }
  awk -v v="$1" -v op="${2%% *}" -v g="${2#* }" 'BEGIN {
    ok = (op == "<=") ? (v + 0 <= g + 0) : (v + 0 >= g + 0); print (ok ? "pass" : "FAIL") }'
}

# ---------------------------------------------------------------- results.json
{
  echo "["
  first=1
  for provider in $PROVIDERS; do
    for m in "${METRICS[@]}"; do
      IFS='|' read -r name unit goal _ <<<"$m"
      v=$(metric "$provider" "$name")
      [[ -n "$v" ]] || continue # not measured in this run (phase skipped or failed)
      g=$([[ -n "$goal" ]] && printf '"%s"' "$goal" || echo null)
      [[ $first == 1 ]] || echo ","
      first=0
      printf '  {"name": "%s", "database": "%s", "value": %s, "unit": "%s", "goal": %s, "date": "%s"}' \
        "$name" "$provider" "$v" "$unit" "$g" "$(date_of "$provider" "$name")"
    done
  done
  for m in "${DERIVATION_METRICS[@]}"; do
    IFS='|' read -r name unit goal _ <<<"$m"
    v=$(derivation "$name")
    [[ -n "$v" ]] || continue
    g=$([[ -n "$goal" ]] && printf '"%s"' "$goal" || echo null)
    [[ $first == 1 ]] || echo ","
    first=0
    printf '  {"name": "%s", "database": "none", "value": %s, "unit": "%s", "goal": %s, "date": "%s"}' \
      "$name" "$v" "$unit" "$g" "$(date_of none "$name")"
  done
  if [[ -n "$(grouping needs_grouping_20000_s)" ]]; then
    printf ',\n  {"name": "needs_grouping_20000_s", "database": "none", "value": %s, "unit": "s", "goal": "<= 5", "date": "%s"}' \
      "$(grouping needs_grouping_20000_s)" "$(date_of none needs_grouping_20000_s)"
  fi
  echo
  echo "]"
} >"$RESULTS_DIR/results.json"

# ---------------------------------------------------------------- RESULTS.md
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
mem_gb=$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
dotnet_version=$(dotnet --version 2>/dev/null || echo "?")
pg_version=$(PGPASSWORD=regie psql -h localhost -U regie -d postgres -tAc 'show server_version' 2>/dev/null || echo "not run")
invalid=0
{
  echo "# Regie benchmark results"
  echo
  echo "Generated by \`bench/run.sh\` on $DATE; do not edit by hand (see [README.md](README.md))."
  echo "1,000 schools, 10,000 users and 2,000 needs in one board; signed in as its beheerder."
  for provider in $PROVIDERS; do
    if [[ -n "$(value "$provider" market_catalog_items)" ]]; then
      echo "Market (own database per provider, $provider): $(value "$provider" market_catalog_items) published catalogue items of 20 suppliers and"
      echo "$(value "$provider" market_reviews) reviews by users of 50 boards$([[ -n "$(value "$provider" market_seed_s)" ]] && echo ", seeded in $(value "$provider" market_seed_s) s"); signed in as a teacher; imports of"
      echo "$(value "$provider" market_import_rows) items each."
    fi
    if [[ -n "$(value "$provider" procurement_plan_lines)" ]]; then
      echo "Procurement (own database per provider, $provider): one board of 60 schools with an adopted procurement policy, an"
      echo "8-year investment plan whose one version holds $(value "$provider" procurement_plan_lines) lines and $(value "$provider" procurement_projects) procurement projects with contracts,"
      echo "beside three small boards; signed in as the board's inkoper."
    fi
    if [[ -n "$(value "$provider" chain_results)" ]]; then
      echo "Chain (own database per provider, $provider): one board whose $(value "$provider" chain_pupils) pupils in groups of about 25 are shared with one"
      echo "supplier's product under a signed processing agreement; $(value "$provider" chain_results) results delivered in batches of 10,000 (or"
      echo "bulk-inserted); an export of $(value "$provider" chain_import_pupils) pupils of a fourth school imported and re-imported by its ICT coordinator; the dashboard"
      echo "as the teacher of one group (first import at scrypt cost $(value "$provider" chain_scrypt_cost), everything else at the standard cost)."
    fi
  done
  echo
  header="| Metric | Goal |"
  rule="| --- | --- |"
  for provider in $PROVIDERS; do
    label=$([[ $provider == sqlite ]] && echo SQLite || echo PostgreSQL)
    header+=" $label | |"
    rule+=" ---: | --- |"
  done
  echo "$header"
  echo "$rule"
  for m in "${METRICS[@]}"; do
    IFS='|' read -r name unit goal label <<<"$m"
    row="| $label ($unit) | ${goal:-–} |"
    for provider in $PROVIDERS; do
      v=$(metric "$provider" "$name")
      if [[ -z "$v" ]]; then row+=" – | not measured |"; continue; fi
      verdict=$(passes "$v" "$goal")
      [[ -n "$verdict" && "$name" != *_other_cpu_pct && "$(disturbed "$provider" "$name")" == 1 ]] && verdict+=" (disturbed)"
      [[ -n "$verdict" && "$name" != *_other_cpu_pct && "$(reduced "$provider" "$name")" == 1 ]] && verdict+=" (reduced size)"
      [[ "$(date_of "$provider" "$name")" != "$DATE" ]] && verdict="${verdict:+$verdict }(earlier run)"
      row+=" $(pretty "$v" "$unit") | $verdict |"
    done
    echo "$row"
  done
  echo
  nodb_header=0
  nodb_table() {
    (( nodb_header )) && return
    echo "| Benchmark without a database | Goal | Value | |"
    echo "| --- | --- | ---: | --- |"
    nodb_header=1
  }
  for m in "${DERIVATION_METRICS[@]}"; do
    IFS='|' read -r name unit goal label <<<"$m"
    v=$(derivation "$name")
    [[ -n "$v" ]] || continue
    nodb_table
    verdict=$(passes "$v" "$goal")
    [[ -n "$verdict" && "$name" != *_other_cpu_pct ]] \
      && awk -v o="$(derivation pseudonym_derivation_other_cpu_pct)" -v m="$OTHER_MAX" 'BEGIN { exit !(o > m) }' && verdict+=" (disturbed)"
    [[ -n "$verdict" && "$name" != *_other_cpu_pct ]] \
      && awk -v n="$(derivation pseudonym_derivation_pupils)" -v f="$FULL_DERIVE_PUPILS" 'BEGIN { exit !(n + 0 < f) }' && verdict+=" (reduced size)"
    [[ "$(date_of none "$name")" != "$DATE" ]] && verdict="${verdict:+$verdict }(earlier run)"
    echo "| $label ($unit) | ${goal:-–} | $(pretty "$v" "$unit") | $verdict |"
  done
  if [[ -n "$(grouping needs_grouping_20000_s)" ]]; then
    g=$(grouping needs_grouping_20000_s)
    nodb_table
    echo "| Grouping 20,000 shared needs of 300 boards (s, median of $(grouping needs_grouping_runs) runs) | <= 5 | $g | $(passes "$g" "<= 5") |"
  fi
  if (( nodb_header )); then
    echo
  fi
  if [[ -n "$(derivation pseudonym_derivation_per_core_ratio)" ]]; then
    echo "Pseudonym derivation needs no database: \`bench/Regie.Bench.Chain derive\` derives pseudonyms for random first-level"
    echo "hashes (64 hex characters) with \`PseudonymService.ForSupplier\` and, in turns with it on the same thread, runs"
    echo "\`HMACSHA256.HashData(key, input)\` over the same bytes (supplier id and hash bytes, decoded beforehand); after a warm-up"
    echo "pass of each, the median of $(derivation pseudonym_derivation_runs) runs each counts. One thread, so per second is per core."
    echo
  fi
  if [[ -n "$(grouping needs_grouping_20000_s)" ]]; then
    echo "Grouping needs no database: \`bench/Regie.Bench.Grouping\` runs the engine of \`/Needs/Shared\` on generated Dutch"
    if ran grouping; then
      echo "needs (fixed seed), after a warm-up; fastest $(grouping needs_grouping_min_s) s, slowest $(grouping needs_grouping_max_s) s,"
      echo "$(grouping needs_grouping_groups) groups; the machine was $(grouping needs_grouping_busy_before_pct)% busy just before."
    else
      echo "needs (fixed seed), after a warm-up; measured in an earlier run ($(date_of none needs_grouping_20000_s))."
    fi
    echo
  fi
  echo "The issue states the latency and ratio goals for SQLite; PostgreSQL is held to the same goals here."
  echo "\"(disturbed)\": other processes took more than ${OTHER_MAX}% of the machine during a run behind the figure in"
  echo "every attempt, so it is not comparable; run again on an idle machine."
  echo "Peak memory is the app process's VmHWM (peak resident set) after startup, both load runs and the warm-ups."
  echo "The market's figures come from a second app process on the market's own database (its peak memory is a"
  echo "diagnostic: the 300 MB goal belongs to the dataset above). \"(reduced size)\": measured on fewer items, reviews or"
  echo "import rows than the issue states (BENCH_MARKET_* settings), or on fewer plan lines or projects"
  echo "(BENCH_PROCUREMENT_*), so the verdict does not count for the goal. The goals for the project list and the monitor page"
  echo "(p95 <= 100 ms) are ours; the issue states the monitor's recompute (<= 200 ms) and the plan overview (p95 <= 100 ms)."
  echo "\"(earlier run)\": the phase was not run this time (BENCH_PHASES=\"$PHASES\"); the figure is carried over from the"
  echo "previous results.json with its own date."
  if [[ -s "$RUN_DIR/failures.txt" ]]; then
    echo
    echo "**Not measured in this run** (the script failed these parts and went on with the rest):"
    echo
    sed 's/^/- /' "$RUN_DIR/failures.txt"
  fi
  echo
  echo "Per measured run: requests; responses that were not 200 (any makes the run invalid); CPU of the app, wrk and"
  echo "PostgreSQL (100% = one core); and the share of the machine taken by other processes during the run. A run in"
  echo "which other processes took more than 10% is repeated (at most 3 attempts) and the least disturbed one kept."
  echo
  echo "| Run | Warm-up | Requests | Non-200 | Socket errors | App CPU | wrk CPU | PostgreSQL CPU | Other processes | Attempt |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for provider in $PROVIDERS; do
    for kind in school_list needs_overview health market_search market_item_page market_health plan_overview procurement_list threshold_monitor_page \
                learning_dashboard_group chain_health; do
      v() { [[ -f "$RUN_DIR/results-$provider.env" ]] && awk -F= -v k="${kind}_$1" '$1 == k { print $2 }' "$RUN_DIR/results-$provider.env"; return 0; }
      [[ -n "$(v requests)" ]] || continue # not measured in this run
      bad=$(v non200); sock=$(v socket_errors)
      echo "| $provider ${kind//_/ } | $(v warmup_s) s | $(v requests) | $bad | $sock | $(v app_cpu_pct)% | $(v wrk_cpu_pct)% |" \
        "$(v postgres_cpu_pct)% | $(v other_cpu_pct)% | $(v attempt) |"
      (( bad + sock > 0 )) && invalid=1
      (( $(v requests) == 0 )) && invalid=1 # no request finished within the run: its percentiles read 0 and mean nothing
    done
  done
  echo
  for provider in $PROVIDERS; do
    [[ -n "$(value "$provider" startup_all_ms)" ]] || continue
    echo "- $provider startup, three starts: $(value "$provider" startup_all_ms) ms (median reported); the machine was at most" \
      "$(value "$provider" startup_busy_before_pct)% busy just before each."
  done
  echo
  echo "## How it was measured"
  echo
  echo "- Machine: $(nproc) cores ($cpu), $mem_gb GB memory, $(uname -sr); .NET SDK $dotnet_version; PostgreSQL $pg_version."
  echo "  wrk, the app and PostgreSQL share these cores."
  echo "- App: \`dotnet publish -c Release\`, \`ASPNETCORE_ENVIRONMENT=Production\`, Kestrel on 127.0.0.1, database seeded by"
  echo "  \`bench/Regie.Bench.Seed\` (app's migrations and DbContext), SQLite in WAL mode (as the app sets it), PostgreSQL in a fresh \`regie_bench\` database."
  echo "- Startup: from starting the process to the first 200 from \`/health\` (polled every 20 ms)."
  echo "- Load: per endpoint a warm-up (discarded) in 5 s runs until two in a row differ by less than 5% in throughput"
  echo "  (at least ${WARMUP} s, at most ${WARMUP_MAX} s), then a ${DURATION} s measured run; /health first, then the school list:"
  echo
  echo "  \`\`\`"
  echo "  $WRK_COMMAND"
  echo "  \`\`\`"
  echo
  echo "  \`/health\` is requested without a cookie; the school list with the beheerder's auth cookie, and"
  echo "  \`bench/wrk/bench.lua\` varies page (1–40), sort (naam, plaats, code, leerlingen; ascending/descending),"
  echo "  \`Status=alle\` and a search term (none, or a fragment of a city or school name). p50/p95/p99 come from"
  echo "  wrk's latency histogram (\`latency:percentile(n)\`); throughput is requests / duration. The needs overview"
  echo "  (\`/Needs/Overview\`, after the school list, same cookie) alternates open needs and all needs (\`Show=alle\`)."
  echo "- Market: \`bench/Regie.Bench.Seed --mode market\` fills a database of its own per provider (\`regie-bench-market.db\`,"
  echo "  \`regie_bench_market\`) through the app's DbContext, so SQLite's FTS5 triggers and PostgreSQL's generated tsvector"
  echo "  column are filled the way the app fills them and search text and stems come from \`CatalogItem\` itself. Realistic"
  echo "  Dutch items (five kinds; subjects, levels, sectors, categories, prices and compliance facts in market-like proportions);"
  echo "  reviews per aspect with a long tail (a third of the items has none), the items' rating figures consistent with them."
  echo "  The search run cycles through 200 distinct searches (\`search-urls.txt\`: one or two words, common facets, sort by"
  echo "  relevance, rating or price, pages 1–3), the item run through 3,000 random item pages (\`item-urls.txt\`), both as a"
  echo "  signed-in teacher, each after its own warm-up; /health is measured again on the same app for the ratio."
  echo "- Imports: the CSV (\`catalog-items.csv\`, Dutch column names, every row published) goes through the real pipeline as"
  echo "  the supplier user: upload on \`/Imports/Start/catalog-items\`, wait for the check, commit, poll the import's page"
  echo "  until it is committed; timed from upload to committed. The API run posts the same number of other new items to"
  echo "  \`POST /api/v1/catalog/items/batch\` in batches of 500, one after the other, with the API key the seeder made;"
  echo "  timed from the first request to the last answer."
  echo "- Procurement: \`bench/Regie.Bench.Seed --mode procurement\` fills a database of its own per provider"
  echo "  (\`regie-bench-procurement.db\`, \`regie_bench_procurement\`): 60 schools, an adopted policy, one plan over 8 years (six"
  echo "  categories, every school and year, some lines phased over two years or with a supplier, recurring costs on contracts"
  echo "  of 12-60 months or without a fixed end), projects with value estimates (base or lots, options, renewals), long lists and"
  echo "  contracts. \`bench/Regie.Bench.Procurement\` calls \`ThresholdMonitor.ComputeAsync\` in-process for the board, on a"
  echo "  fresh context each time: after a warm-up, each recompute follows a saved change of one plan line (through the app's"
  echo "  audit and change-stamp interceptors), then the same number of repeats without a change; p95 and median per series."
  echo "  The pages \`/Procurement/Plans/Details/{plan}\`, \`/Procurement/Index\` and \`/Procurement/Monitor/Index\` are loaded"
  echo "  with wrk as above, signed in as the board's inkoper, each only after it answered 200 with its own content."
  echo "- Chain: \`bench/Regie.Bench.Seed --mode chain\` fills a database of its own per provider (\`regie-bench-chain.db\`,"
  echo "  \`regie_bench_chain\`): pupils with a random first-level hash and the lookup hash under the app's own key (the app runs on"
  echo "  the seeder's pseudonymisation keys), groups per year group, a supplier's published product, a signed processing"
  echo "  agreement, a sharing rule for the schools and an API key (RosterRead, ResultsWrite). The supplier fetches the roster"
  echo "  (\`GET /api/v1/chain/rosters/{rule}\`); \`bench/Regie.Bench.Chain results\` writes the deliveries for those pseudonyms"
  echo "  (twelve tests in every batch; each pupil in turn a result on a school day in the last ten months). The baseline"
  echo "  (\`bench/Regie.Bench.Chain bulk\`) writes the same rows into LearningResults with all its indexes — SQLite: one prepared"
  echo "  INSERT in one transaction; PostgreSQL: binary COPY — timing only the write, then deletes them and reclaims the space"
  echo "  (VACUUM) so the API run starts from the same table. The batches are then posted one after the other"
  echo "  (\`POST /api/v1/chain/rosters/{rule}/results\`, each must answer 201); a 429 is waited out and counts. The export is"
  echo "  imported through \`/Imports/Start/pupil-register?context={school}\` as the school's ICT coordinator (upload, check,"
  echo "  commit, committed), first with the app started at a lowered scrypt cost (the standard cost would spend ~1.3 s of CPU"
  echo "  per new pupil), then, after a restart at the standard cost, the unchanged file again: known pupils are matched by their"
  echo "  lookup hash, so a re-import that ran scrypt would show. \`/Chain/Dashboard/Group/{group}\` is loaded with wrk as the"
  echo "  group's teacher after /health, each with its own warm-up."
  echo "- The whole script took ${TAKEN_S} s (build, seeding, startup and load for each database)."
} >"$RESULTS_DIR/RESULTS.md"

if (( invalid )); then
  echo "[bench] WARNING: some responses were not 200, or a run finished no request; the run is invalid (see bench/out/run/)." >&2
  exit 1
fi
