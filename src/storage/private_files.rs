//! The data dir and the SQLite files hold vendor keys (encrypted), password hashes and usage data:
//! only the service's own user may read them. Directories the service creates get mode 0700;
//! the database file is created 0600 before SQLite opens it (SQLite gives its `-wal` and `-shm`
//! files the database file's mode), and an existing database and its companions are tightened
//! to 0600 at every start. Of existing directories only the data dir itself is tightened to 0700
//! (it is the service's by definition); its parents may be anything (the current directory, say).

use std::io;
use std::path::Path;

/// Creates `dir` and any missing parents with mode 0700 (owner only).
pub fn create_dir(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Sets mode 0700 on `dir` if it exists.
pub fn restrict_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        match std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Creates the SQLite file at `path` with mode 0600 if missing, and sets 0600 on it and on its
/// `-wal`, `-shm` and `-journal` companions when they exist.
pub fn restrict_database(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
        match std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path) {
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut file = path.as_os_str().to_owned();
            file.push(suffix);
            match std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}
