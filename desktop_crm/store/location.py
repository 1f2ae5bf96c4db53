"""Warn when the database sits where SQLite's locking is not reliable."""

from __future__ import annotations

from pathlib import Path

_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "ncpfs"}
_SYNCED = ("dropbox", "onedrive", "google drive", "googledrive", "icloud", "nextcloud", "owncloud")


def risky_location(path: Path) -> str | None:
    """``"network"`` or ``"cloud"`` when ``path`` is on a network share or a cloud-synced folder."""
    lowered = str(path.resolve()).lower()
    if any(name in lowered for name in _SYNCED):
        return "cloud"
    if str(path).startswith("\\\\"):
        return "network"
    fs = _mount_fs_type(path.resolve())
    if fs in _NETWORK_FS:
        return "network"
    return None


def _mount_fs_type(path: Path) -> str | None:
    mounts = Path("/proc/mounts")
    if not mounts.exists():
        return None
    best, best_type = "", None
    try:
        lines = mounts.read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point, fs_type = parts[1], parts[2]
        if str(path).startswith(mount_point) and len(mount_point) > len(best):
            best, best_type = mount_point, fs_type
    return best_type
