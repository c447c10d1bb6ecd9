#!/bin/sh
# Hooks an installed SynConfig into the system, and unhooks it. The package scripts call it:
#   integrate.sh install   (deb postinst configure, rpm %post)
#   integrate.sh remove    (deb prerm remove, rpm %preun on erase)
# install: links synconfig and synconfig-cli into /usr/bin, installs the systemd template unit
#          synconfig@.service (disabled: enable it per service, e.g. systemctl enable --now synconfig@SynSrv),
#          and creates /etc/synconfig, the configuration directory that unit uses.
# remove:  stops and disables every synconfig@ unit, removes the unit and the links. /etc/synconfig
#          stays: it holds the administrator's configuration and certificates.
set -e

app=/opt/synconfig
unit=synconfig@.service
if [ -d /usr/lib/systemd/system ]; then unit_dir=/usr/lib/systemd/system; else unit_dir=/lib/systemd/system; fi

systemd_running() {
    [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1
}

case "$1" in
    install)
        for launcher in synconfig synconfig-cli; do
            ln -sf "$app/bin/$launcher" "/usr/bin/$launcher"
        done
        install -d -m 755 "$unit_dir"
        install -m 644 "$app/lib/app/system/$unit" "$unit_dir/$unit"
        install -d -m 750 /etc/synconfig
        if systemd_running; then systemctl daemon-reload || true; fi
        ;;
    remove)
        if systemd_running; then
            for instance in $(systemctl list-units --all --plain --no-legend 'synconfig@*.service' | awk '{print $1}') \
                            $(systemctl list-unit-files --plain --no-legend 'synconfig@*.service' | awk '$1 != "synconfig@.service" {print $1}'); do
                systemctl disable --now "$instance" || true
            done
        fi
        # Enablement symlinks survive without systemd running (e.g. in a container); drop them too.
        find /etc/systemd/system -name 'synconfig@*.service' -type l -delete 2>/dev/null || true
        rm -f "$unit_dir/$unit"
        for launcher in synconfig synconfig-cli; do
            if [ "$(readlink "/usr/bin/$launcher" 2>/dev/null)" = "$app/bin/$launcher" ]; then
                rm -f "/usr/bin/$launcher"
            fi
        done
        if systemd_running; then systemctl daemon-reload || true; fi
        ;;
    *)
        echo "usage: $0 install|remove" >&2
        exit 2
        ;;
esac
