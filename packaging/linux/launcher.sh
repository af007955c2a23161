#!/bin/sh
# /usr/bin/smm-desktop: starts SMM Desktop installed in /opt/smm-desktop (by the .deb).
exec /opt/smm-desktop/smm-desktop "$@"
