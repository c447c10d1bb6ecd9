#!/bin/sh
# Hooks the .rpm's SynConfig (in /opt/synconfig) into the system, and unhooks it; the .deb owns the
# same files itself (deb/build-deb.sh). The spec calls it:
#   integrate.sh install   (%post)
#   integrate.sh remove    (%preun on erase)
# install: the account synconfig, /usr/bin/synconfig (the wrapper: system locations, root's commands
#          as synconfig) and synconfig-cli, the systemd template unit synconfig@.service (disabled:
#          systemctl enable --now synconfig@SynSrv), the directories the unit and wrapper use, and the
#          launchers' class-data archive (startup-archive).
# remove:  stops every synconfig@ unit, removes the unit and the commands. The configuration, state,
#          logs and account stay.
set -e

app=/opt/synconfig
account=synconfig
unit=synconfig@.service
if [ -d /usr/lib/systemd/system ]; then unit_dir=/usr/lib/systemd/system; else unit_dir=/lib/systemd/system; fi

systemd_running() {
    [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1
}

case "$1" in
    install)
        if ! getent passwd "$account" >/dev/null; then
            useradd --system --user-group --home-dir /var/lib/synconfig --no-create-home \
                --shell /usr/sbin/nologin --comment "SynConfig file server" "$account"
        fi
        for dir in /etc/synconfig /var/lib/synconfig /var/log/synconfig; do
            [ -d "$dir" ] || install -d -m 750 -o "$account" -g "$account" "$dir"
        done
        sed "s|@APP_DIR@|$app|" "$app/lib/app/system/synconfig" >/usr/bin/synconfig
        chmod 755 /usr/bin/synconfig
        ln -sf synconfig /usr/bin/synconfig-cli
        install -d -m 755 "$unit_dir"
        sed "s|@APP_DIR@|$app|" "$app/lib/app/system/$unit" >"$unit_dir/$unit"
        chmod 644 "$unit_dir/$unit"
        # The launchers' class-data archive, made again for this place (Java 17 takes one only where it was made).
        "$app/lib/app/system/startup-archive" "$app" \
            || echo "synconfig: the start-up archive was not made; synconfig starts more slowly" >&2
        if systemd_running; then systemctl daemon-reload || true; fi
        ;;
    remove)
        if systemd_running; then systemctl stop 'synconfig@*.service' || true; fi
        rm -f "$unit_dir/$unit" /usr/bin/synconfig /usr/bin/synconfig-cli
        if systemd_running; then systemctl daemon-reload || true; fi
        ;;
    *)
        echo "usage: $0 install|remove" >&2
        exit 2
        ;;
esac
