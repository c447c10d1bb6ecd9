package com.synconfig.model.servicecheck;

/**
 * One row of a service check: what was predicted, what the running service actually did, and the verdict.
 *
 * @param group     the heading it belongs to ({@code Protocols}, {@code Suites offered}, {@code Certificate}...)
 * @param item      what was checked ({@code TLS 1.1}, {@code ECDHE-RSA-AES256-GCM-SHA384 (TLS 1.2)}, {@code subject})
 * @param predicted what the preview and the saved configuration predict
 * @param actual    what the running service did
 * @param verdict   whether the prediction held
 * @param why       why it was predicted so
 * @param evidence  what the probe saw: the client engine that tried and the server's answer
 */
public record CheckItem(String group, String item, String predicted, String actual, Verdict verdict, String why,
                        String evidence) {
}
