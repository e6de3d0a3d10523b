/**
 * How Upsun's lists read their query string: filters, sort, page size and the members list's opaque cursors, each
 * refused with a 400 that names it rather than ignored, and documented in Swagger UI from the same definitions.
 */
package io.accountsapi.upsun.list;
