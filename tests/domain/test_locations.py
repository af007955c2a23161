from pathlib import Path, PurePosixPath

from smm_desktop.domain.locations import is_unc, network_filesystem, sync_service
from smm_desktop.services.location import risky_location

MOUNTS = """\
/dev/vda1 / ext4 rw 0 0
server:/export /mnt/team nfs4 rw 0 0
//nas/share /media/my\\040share cifs rw 0 0
/dev/vdb1 /mnt/teamwork ext4 rw 0 0
"""


def test_sync_folders_are_recognised_by_their_folder_names() -> None:
    assert sync_service(PurePosixPath("/home/sara/OneDrive - Acme/clients/w.smmws")) == "OneDrive"
    assert sync_service(PurePosixPath("/home/sara/Dropbox/w.smmws")) == "Dropbox"
    assert sync_service(PurePosixPath("/Users/sara/Library/Mobile Documents/com~apple~CloudDocs/w.smmws")) == "iCloud"
    assert sync_service(PurePosixPath("/home/sara/Google Drive/My Drive/w.smmws")) == "Google Drive"
    assert sync_service(PurePosixPath("/home/sara/Documents/w.smmws")) is None
    # only folders count: a file named like a service is not a sync folder
    assert sync_service(PurePosixPath("/home/sara/dropbox")) is None


def test_network_mounts_are_found_by_the_longest_mount_point() -> None:
    assert network_filesystem(PurePosixPath("/mnt/team/w.smmws"), MOUNTS) == "nfs4"
    assert network_filesystem(PurePosixPath("/media/my share/w.smmws"), MOUNTS) == "cifs"
    assert network_filesystem(PurePosixPath("/mnt/teamwork/w.smmws"), MOUNTS) is None
    assert network_filesystem(PurePosixPath("/home/w.smmws"), MOUNTS) is None


def test_windows_network_paths() -> None:
    assert is_unc("\\\\server\\share\\w.smmws")
    assert not is_unc("\\\\?\\C:\\long\\path.smmws")
    assert not is_unc("C:\\Users\\w.smmws")


def test_risky_location_says_why(tmp_path: Path) -> None:
    cloud = tmp_path / "Dropbox" / "w.smmws"
    found = risky_location(cloud, mounts="")
    assert found is not None and (found.kind, found.name) == ("sync", "Dropbox")
    assert risky_location(tmp_path / "w.smmws", mounts="") is None
