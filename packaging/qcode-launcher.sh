#!/bin/sh
# /usr/bin/qcode from the .deb: the bundle lives in /opt/qcode and finds its own libraries there.
exec /opt/qcode/qcode "$@"
