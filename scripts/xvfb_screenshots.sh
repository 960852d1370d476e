#!/usr/bin/env bash
# Screenshots of the real window (the xcb platform under Xvfb, with openbox managing it) on the demo
# project: docs/workspace_1024x640.png, docs/workspace_1920x1080.png and docs/workspace_scale2.png
# (a 1600x1000 screen at QT_SCALE_FACTOR=2). Needs xvfb, openbox, xdotool and imagemagick.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
shot() {  # WIDTH HEIGHT SCALE OUT
    local tmp; tmp=$(mktemp -d)
    export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" QCODE_LANG=${QCODE_LANG:-da}
    QT_QPA_PLATFORM=offscreen "$PY" -c "from qcode.ui import settings; settings.init_names(); settings.set_coder_name('Anna')"
    xvfb-run -a -s "-screen 0 ${1}x${2}x24" bash -c "
        openbox >/dev/null 2>&1 &
        sleep 1
        QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=$3 $PY -m qcode --demo >/dev/null 2>&1 &
        app=\$!
        for _ in \$(seq 40); do xdotool search --name qcode >/dev/null 2>&1 && break; sleep 0.5; done
        sleep 3
        import -window root '$4'
        kill \$app
    "
    rm -rf "$tmp"
}
shot 1024 640 1 docs/workspace_1024x640.png
shot 1920 1080 1 docs/workspace_1920x1080.png
shot 1600 1000 2 docs/workspace_scale2.png
