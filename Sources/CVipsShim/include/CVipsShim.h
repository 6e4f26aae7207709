#ifndef NASHIR_CVIPSSHIM_H
#define NASHIR_CVIPSSHIM_H

// libvips's operations take their optional arguments as a NULL-terminated C vararg list, which
// Swift cannot call; these wrappers fix the arguments NashirMedia uses.

#include <vips/vips.h>

/// Opens an image from memory reading only its header; NULL on failure (see vips_error_buffer).
/// `buffer` must outlive the image.
VipsImage *nashir_vips_open_header(const void *buffer, size_t length);

/// The nickname of the loader libvips would pick for these bytes ("jpegload_buffer"), or NULL.
const char *nashir_vips_loader(const void *buffer, size_t length);

/// Decodes, applies EXIF orientation, converts to sRGB and shrinks to fit width × height in one
/// pass (shrink-on-load where the format allows), never enlarging. `crop` other than
/// VIPS_INTERESTING_NONE fills the box and crops it. Corrupt or truncated data fails here or when
/// the image is saved. NULL on failure.
VipsImage *nashir_vips_thumbnail(const void *buffer, size_t length, int width, int height, VipsInteresting crop);

/// Encodes as WebP with every piece of metadata stripped; 0 on success, `*buffer` to g_free.
int nashir_vips_save_webp(VipsImage *image, int quality, void **buffer, size_t *length);

/// Encodes as progressive JPEG with every piece of metadata stripped, transparency flattened onto
/// white; 0 on success, `*buffer` to g_free.
int nashir_vips_save_jpeg(VipsImage *image, int quality, void **buffer, size_t *length);

#endif
