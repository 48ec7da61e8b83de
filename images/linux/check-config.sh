#!/bin/sh
# check-config.sh FRAGMENT CONFIG: every CONFIG_X=value line of FRAGMENT must
# appear unchanged in CONFIG, and no "# CONFIG_X is not set" option may be on.
# Kconfig drops a requested option without a word when a dependency is off.
frag=$1 config=$2 bad=0
while IFS= read -r line; do
  case $line in
    CONFIG_*=*)
      if ! grep -qxF -- "$line" "$config"; then
        echo "images/linux: Kconfig did not keep: $line" >&2
        bad=1
      fi ;;
    '# CONFIG_'*' is not set')
      name=${line#\# }; name=${name%% *}
      if grep -q "^$name=" "$config"; then
        echo "images/linux: Kconfig turned on: $name" >&2
        bad=1
      fi ;;
  esac
done < "$frag"
exit $bad
