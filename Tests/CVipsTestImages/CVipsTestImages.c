#include "CVipsTestImages.h"

int nashir_test_encode(int width, int height, int transparent, int orientation,
                       const void *exif, size_t exif_length, const char *suffix,
                       void **buffer, size_t *length) {
    VipsObject *scope = VIPS_OBJECT(vips_image_new());
    VipsImage **t = (VipsImage **)vips_object_local_array(scope, 6);
    // Red grows to the right, green downwards, blue is constant: every crop and shrink differs.
    double scale[2] = {255.0 / width, 255.0 / height}, offset[2] = {0, 0};
    int failed = vips_xyz(&t[0], width, height, NULL)
        || vips_linear(t[0], &t[1], scale, offset, 2, NULL)
        || vips_bandjoin_const1(t[1], &t[2], 128, NULL)
        || vips_cast(t[2], &t[3], VIPS_FORMAT_UCHAR, NULL)
        || (transparent ? vips_bandjoin_const1(t[3], &t[4], 0, NULL) : vips_copy(t[3], &t[4], NULL))
        || vips_copy(t[4], &t[5], "interpretation", VIPS_INTERPRETATION_sRGB, NULL);
    if (!failed) {
        if (orientation > 1) vips_image_set_int(t[5], VIPS_META_ORIENTATION, orientation);
        if (exif) vips_image_set_blob_copy(t[5], VIPS_META_EXIF_NAME, exif, exif_length);
        failed = vips_image_write_to_buffer(t[5], suffix, buffer, length, NULL);
    }
    g_object_unref(scope);
    return failed;
}

int nashir_test_decode(const void *buffer, size_t length, int *width, int *height, int *bands, double *average) {
    VipsImage *image = vips_image_new_from_buffer(buffer, length, "fail_on=warning", NULL);
    if (!image) return -1;
    int failed = vips_avg(image, average, NULL);
    *width = vips_image_get_width(image);
    *height = vips_image_get_height(image);
    *bands = vips_image_get_bands(image);
    g_object_unref(image);
    return failed;
}

int nashir_test_has_field(const void *buffer, size_t length, const char *name) {
    VipsImage *image = vips_image_new_from_buffer(buffer, length, "", NULL);
    if (!image) return 0;
    int found = vips_image_get_typeof(image, name) != 0;
    g_object_unref(image);
    return found;
}
