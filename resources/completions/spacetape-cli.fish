# SPDX-License-Identifier: MIT
# fish completion for spacetape-cli. Keep the option lists in step with
# app/CliOptions.cpp (downloads) and app/CliAccount.cpp (login, logout).

set -l commands login logout watch doctor chat

complete -c spacetape-cli -n "not __fish_seen_subcommand_from $commands" -f -a login -d 'Store the X login in the keychain'
complete -c spacetape-cli -n "not __fish_seen_subcommand_from $commands" -f -a logout -d 'Remove the stored X login'
complete -c spacetape-cli -n "not __fish_seen_subcommand_from $commands" -f -a watch -d 'Record every Space these hosts start'
complete -c spacetape-cli -n "not __fish_seen_subcommand_from $commands" -f -a doctor -d 'Check each step against X (one line each)'
complete -c spacetape-cli -n "__fish_seen_subcommand_from doctor" -l json -d 'One JSON line per check'
complete -c spacetape-cli -n "__fish_seen_subcommand_from doctor" -l api-origin -x -d 'Send X API requests to URL'
complete -c spacetape-cli -n "not __fish_seen_subcommand_from $commands" -f -a chat -d "Print a Space's chat (no audio)"
complete -c spacetape-cli -n "__fish_seen_subcommand_from chat" -l json -d 'One JSON object per chat entry'
complete -c spacetape-cli -n "__fish_seen_subcommand_from chat" -l api-origin -x -d 'Send X API requests to URL'

complete -c spacetape-cli -s h -l help -d 'Show help and exit'
complete -c spacetape-cli -n "not __fish_seen_subcommand_from $commands" -s V -l version -d 'Show the version and exit'
complete -c spacetape-cli -n "not __fish_seen_subcommand_from $commands" -s o -l output-dir -x -a '(__fish_complete_directories)' -d 'Save files into DIR'
complete -c spacetape-cli -n "not __fish_seen_subcommand_from $commands" -s t -l template -x -d 'File name template'
complete -c spacetape-cli -n "not __fish_seen_subcommand_from $commands" -s j -l concurrency -x -a '4 8 16 32 64' -d 'Chunks in flight (1-64)'
complete -c spacetape-cli -n "not __fish_seen_subcommand_from logout" -l cookies -r -F -d 'Cookies file (cookies.txt or JSON)'
complete -c spacetape-cli -n "not __fish_seen_subcommand_from $commands" -l api-origin -x -d 'Send X API requests to URL'
complete -c spacetape-cli -n "not __fish_seen_subcommand_from $commands" -l proxy -x -d 'Connect through this proxy (host:port, socks5://host:port, none)'
complete -c spacetape-cli -n "not __fish_seen_subcommand_from $commands" -l proxy-password-file -r -F -d 'Read the proxy password from this file'
complete -c spacetape-cli -n "not __fish_seen_subcommand_from $commands" -l info -d 'Print the metadata as JSON and exit'
complete -c spacetape-cli -n "not __fish_seen_subcommand_from $commands" -l json -d 'Progress and results as JSON lines'
complete -c spacetape-cli -n "not __fish_seen_subcommand_from $commands" -l allow-gaps -d 'Save even when chunks stay missing'
complete -c spacetape-cli -n "not __fish_seen_subcommand_from $commands" -l no-extras -d 'Keep only the audio, no speakers and chat'
complete -c spacetape-cli -n "not __fish_seen_subcommand_from $commands" -l wait -d 'Wait for a scheduled Space, then record it'
complete -c spacetape-cli -n "not __fish_seen_subcommand_from $commands" -l section -x -d 'Save only START-END (e.g. 1:02:03-1:10:00, 90s-end)'
complete -c spacetape-cli -n "not __fish_seen_subcommand_from $commands" -l if-exists -x -a 'rename overwrite skip' -d 'When the file exists'
complete -c spacetape-cli -n "__fish_seen_subcommand_from login" -l status -d 'Say whether a login is stored'
