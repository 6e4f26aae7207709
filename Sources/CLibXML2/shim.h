// libxml2 is built with ICU, and its encoding.h then includes the system's
// <unicode/ucnv.h>. Foundation ships its own, different ICU headers, so any
// Swift module that sees both fails to build ("UErrorCode has different
// definitions"). Nashir never touches the ICU-only fields of
// xmlCharEncodingHandler, so the shim hides them and keeps ICU out entirely.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
