package io.accountsapi.web;

/** The two public API dialects; each path belongs to one, and errors are rendered in its shape. */
public enum Dialect {
    /** Upsun's organizations API: {@code application/problem+json} errors. */
    UPSUN,
    /** Probely's users API (Django REST Framework): {@code {"detail": ...}} and field-list errors. */
    DRF;

    public static Dialect forPath(String path) {
        return path != null && (path.equals("/organizations") || path.startsWith("/organizations/")) ? UPSUN : DRF;
    }
}
