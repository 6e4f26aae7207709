#include "CVipsShim.h"

VipsImage *nashir_vips_open_header(const void *buffer, size_t length) {
    // libvips reads pixels lazily: until something asks for them only the header is parsed.
    return vips_image_new_from_buffer(buffer, length, "", NULL);
}

const char *nashir_vips_loader(const void *buffer, size_t length) {
    const char *name = vips_foreign_find_load_buffer(buffer, length);
    if (name == NULL) return NULL;
    return vips_nickname_find(g_type_from_name(name));
}

VipsImage *nashir_vips_thumbnail(const void *buffer, size_t length, int width, int height, VipsInteresting crop) {
    VipsImage *out = NULL;
    // fail_on=error: by default the loaders fill a truncated or corrupt file with grey and warn,
    // which would publish a broken picture.
    if (vips_thumbnail_buffer((void *)buffer, length, &out, width,
                              "height", height,
                              "size", VIPS_SIZE_DOWN,
                              "crop", crop,
                              "option_string", "fail_on=error",
                              NULL))
        return NULL;
    return out;
}

/// A copy of `image` with every metadata field removed (EXIF with its GPS position, XMP, IPTC, ICC).
/// The savers' `strip` alone is not enough: libvips 8.14.0–8.14.1, Debian 12's, ignores it in
/// webpsave and writes the upload's EXIF into every WebP.
static int without_metadata(VipsImage *image, VipsImage **out) {
    if (vips_copy(image, out, NULL)) return -1;
    gchar **fields = vips_image_get_fields(*out);
    // The header fields (width, bands …) are not metadata and vips_image_remove leaves them.
    for (int i = 0; fields[i] != NULL; i++) vips_image_remove(*out, fields[i]);
    g_strfreev(fields);
    return 0;
}

int nashir_vips_save_webp(VipsImage *image, int quality, void **buffer, size_t *length) {
    VipsImage *bare = NULL;
    if (without_metadata(image, &bare)) return -1;
    int result = vips_webpsave_buffer(bare, buffer, length, "Q", quality, "strip", TRUE, NULL);
    g_object_unref(bare);
    return result;
}

int nashir_vips_save_jpeg(VipsImage *image, int quality, void **buffer, size_t *length) {
    VipsImage *bare = NULL, *opaque = NULL;
    if (without_metadata(image, &bare)) return -1;
    if (vips_image_hasalpha(bare)) {
        // JPEG has no alpha; libvips would flatten onto black, which turns a logo's clear
        // background into a black box.
        VipsArrayDouble *white = vips_array_double_newv(1, 255.0);
        int failed = vips_flatten(bare, &opaque, "background", white, NULL);
        vips_area_unref(VIPS_AREA(white));
        g_object_unref(bare);
        if (failed) return -1;
    } else {
        opaque = bare;
    }
    int result = vips_jpegsave_buffer(opaque, buffer, length,
                                      "Q", quality, "strip", TRUE,
                                      "optimize_coding", TRUE, "interlace", TRUE,
                                      NULL);
    g_object_unref(opaque);
    return result;
}
