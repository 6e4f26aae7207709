#ifndef NASHIR_CVIPSTESTIMAGES_H
#define NASHIR_CVIPSTESTIMAGES_H

// Test pictures made with libvips, so no binary fixtures are committed. libvips must already be
// started (NashirMedia starts it).

#include <vips/vips.h>

/// Encodes a width × height colour gradient in the format of `suffix` (".jpg", ".png", ".webp",
/// ".gif"). `transparent` adds an alpha band with every pixel fully transparent; `orientation`
/// (1–8) and `exif` (an "Exif\0\0" blob, or NULL) go into the file's EXIF where the format has
/// one. 0 on success, `*buffer` to g_free.
int nashir_test_encode(int width, int height, int transparent, int orientation,
                       const void *exif, size_t exif_length, const char *suffix,
                       void **buffer, size_t *length);

/// Decodes every pixel, failing on any decoder error: 0 on success, with the size, the number of
/// bands and the average of all bands.
int nashir_test_decode(const void *buffer, size_t length, int *width, int *height, int *bands, double *average);

/// Whether the decoder reports the metadata field `name` ("exif-data", "exif-ifd3-GPSLatitude").
int nashir_test_has_field(const void *buffer, size_t length, const char *name);

#endif
