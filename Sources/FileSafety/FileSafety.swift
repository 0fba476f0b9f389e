// FileSafety: how every file is opened and written. Regular files only, no symbolic link
// followed out of the directory it must stay in, reports written all or nothing (a temporary
// file moved into place, leftovers of a killed writer cleared). It depends on nothing but the
// system; every module that touches the file system goes through it.
