# SPDX-License-Identifier: MIT
# bash completion for spacetape-cli. Keep the option lists in step with
# app/CliOptions.cpp (downloads) and app/CliAccount.cpp (login, logout), doctor and chat in app/CliOptions.cpp.

_spacetape_cli() {
    local cur prev words cword
    _init_completion || return

    local commands='login logout watch doctor chat'
    local download_opts='-o --output-dir -t --template -j --concurrency --cookies
        --api-origin --proxy --proxy-password-file --info --json --allow-gaps --no-extras --wait --section --if-exists -V --version -h --help'

    case $prev in
        -o | --output-dir)
            _filedir -d
            return
            ;;
        --cookies | --proxy-password-file)
            _filedir
            return
            ;;
        --section)
            return 0
            ;;
        --if-exists)
            COMPREPLY=($(compgen -W 'rename overwrite skip' -- "$cur"))
            return
            ;;
        -t | --template | -j | --concurrency | --api-origin | --proxy)
            return
            ;;
    esac

    case ${words[1]} in
        login)
            if [[ $cword -gt 1 ]]; then
                COMPREPLY=($(compgen -W '--cookies --status -h --help' -- "$cur"))
                return
            fi
            ;;
        doctor)
            if [[ $cword -gt 1 ]]; then
                COMPREPLY=($(compgen -W '--cookies --api-origin --json -h --help' -- "$cur"))
                return
            fi
            ;;
        chat)
            if [[ $cword -gt 1 ]]; then
                COMPREPLY=($(compgen -W '--cookies --api-origin --proxy --json -h --help' -- "$cur"))
                return
            fi
            ;;
        logout)
            if [[ $cword -gt 1 ]]; then
                COMPREPLY=($(compgen -W '-h --help' -- "$cur"))
                return
            fi
            ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$download_opts" -- "$cur"))
    elif [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        _filedir m3u8
    else
        _filedir m3u8
    fi
} &&
    complete -F _spacetape_cli spacetape-cli
