/**
 * {@code dyad serve}: the REST API and the web application over a store, from one process.
 *
 * <p>{@link org.dyad.app.serve.WebServer} is the entry point: it serves the JSON API under
 * {@code /api} (described by {@code /api/openapi.json}) and the pages of the web application, which
 * are static files from the classpath that draw everything from the API in the browser. Security
 * promises: every piece of document text reaches the page as text (the scripts set {@code
 * textContent}, never markup), a strict Content-Security-Policy forbids inline script, uploads are
 * bounded in size and type, every client is rate limited, and no request names a file: static files
 * come from a fixed list, and stored uploads are named by their content hash.
 */
package org.dyad.app.serve;
