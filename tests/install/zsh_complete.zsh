# Prints what zsh's completion offers for each command line given, with the
# completion functions of FOLDER: one word a line, then "--" after each
# line's words. An interactive zsh in a pseudo-terminal (zpty) types each
# line and TAB; compadd is wrapped to print what it adds.
#   zsh -f zsh_complete.zsh FOLDER 'deckpress build --o' 'deckpress '...
zmodload zsh/zpty
zpty shell zsh -f -i
zpty -w shell "fpath=(${(q)1} \$fpath); autoload -U compinit; compinit -u -D; PROMPT=''"
zpty -w shell 'compadd () {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi
  local -a added; builtin compadd -A added "$@"; local ret=$?
  (( $#added )) && print -l -- "<added>"${^added}; return $ret }'
zpty -w shell 'finish () { print "<finished>"; zle kill-whole-line }; zle -N finish; bindkey "^X" finish'
# The definition of finish echoes "<finished>" once before the real one.
zpty -r shell line '*<finished>*'
for typed in "${@[2,-1]}"; do
  zpty -n -w shell "$typed"$'\t'$'\C-x'
  offered=()
  while zpty -r shell line; do
    [[ $line == *'<finished>'* ]] && break
    [[ $line == *'<added>'* ]] && offered+=("${${line##*<added>}%%$'\r'*}")
  done
  print -l -- ${(u)offered} --
done
zpty -d shell
