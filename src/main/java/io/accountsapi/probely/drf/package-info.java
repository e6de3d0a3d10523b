/**
 * Probely's dialect as Django REST Framework speaks it, for any feature that serves it: how a body is read (DRF's field
 * types, forms as JSON), validated (every error at once, in DRF's shape) and answered when it fails (DRF's texts, in
 * {@link io.accountsapi.probely.drf.DrfMessages}), how list parameters are read and documented, and the fields a client
 * excludes left out of the answer. It uses {@code web} and knows no feature of the domain.
 */
package io.accountsapi.probely.drf;
