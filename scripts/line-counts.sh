#!/usr/bin/env bash
# Lines of C++ (.cpp and .h) per folder at two commits, as a Markdown table: files, lines, the
# largest file, and how many files are over 600 lines. Counts what git holds, not the working
# tree.
#   scripts/line-counts.sh [BEFORE [AFTER]]      (default: 43d39e9, the start of issue 20, and HEAD)
set -euo pipefail
before=${1:-43d39e9}
after=${2:-HEAD}
folders=(app client fleet iac models sim ui tests)
cd "$(git rev-parse --show-toplevel)"

# "files lines largest over600" of a folder at a commit; git grep -c '' counts every line.
stats() {
    git grep -c '' "$1" -- "$2/*.cpp" "$2/*.h" 2>/dev/null |
        awk -F: '{ n = $NF; files++; lines += n; if (n > max) max = n; if (n > 600) over++ }
                 END { printf "%d %d %d %d\n", files, lines, max, over }'
}

echo "| Folder | Files before | Lines before | Files after | Lines after | Change | Largest file before → after | Files over 600 lines before → after |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
total_before=0
total_after=0
for folder in "${folders[@]}"; do
    read -r bf bl bm bo <<<"$(stats "$before" "$folder")"
    read -r af al am ao <<<"$(stats "$after" "$folder")"
    total_before=$((total_before + bl))
    total_after=$((total_after + al))
    printf '| `%s/` | %d | %d | %d | %d | %+d | %d → %d | %d → %d |\n' \
        "$folder" "$bf" "$bl" "$af" "$al" "$((al - bl))" "$bm" "$am" "$bo" "$ao"
done
printf '| all | | %d | | %d | %+d | | |\n' "$total_before" "$total_after" \
    "$((total_after - total_before))"
