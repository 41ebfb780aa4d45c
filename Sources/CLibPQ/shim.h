#ifndef CLIBPQ_SHIM_H
#define CLIBPQ_SHIM_H
/* Debian's libpq-dev puts the header under /usr/include/postgresql (not on the default include
   path); its own includes ("postgres_ext.h") resolve next to it. */
#include <postgresql/libpq-fe.h>
#endif
