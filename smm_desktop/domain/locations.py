"""Places a live SQLite file must not live: cloud-sync folders and network shares.

Sync clients copy a database while it is being written and can bring back old pages;
network file systems do not honour SQLite's locks. Backups may go there; the workspace not.
"""

from __future__ import annotations

from pathlib import PurePath

SYNC_FOLDERS = {
    "onedrive": "OneDrive", "dropbox": "Dropbox", "google drive": "Google Drive",
    "googledrive": "Google Drive", "my drive": "Google Drive", "icloud drive": "iCloud",
    "iclouddrive": "iCloud", "mobile documents": "iCloud", "com~apple~clouddocs": "iCloud",
    "box sync": "Box", "box": "Box", "pcloud drive": "pCloud", "nextcloud": "Nextcloud",
    "owncloud": "ownCloud", "mega": "MEGA", "yandex.disk": "Yandex Disk",
}
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs",
                       "ceph", "glusterfs", "fuse.rclone", "davfs", "fuse.gvfsd-fuse"}


def sync_service(path: PurePath) -> str | None:
    """The cloud-sync service whose folder holds `path`, if any."""
    for part in path.parts[:-1]:
        name = part.casefold()
        for key, service in SYNC_FOLDERS.items():
            if name == key or name.startswith(key + " -") or name.startswith(key + "-"):
                return service
    return None


def network_filesystem(path: PurePath, mounts: str) -> str | None:
    """The network file system type `path` sits on, from /proc/mounts text; None if local."""
    best, fstype = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if (str(path) + "/").startswith(point.rstrip("/") + "/") and len(point) > len(best):
            best, fstype = point, fields[2]
    return fstype if fstype in NETWORK_FILESYSTEMS else None


def is_unc(path: str) -> bool:
    """A Windows network path (\\\\server\\share\\...)."""
    return path.startswith(("\\\\", "//")) and not path.startswith(("\\\\?\\", "\\\\.\\"))
