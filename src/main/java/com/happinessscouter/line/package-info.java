/**
 * The LINE edge: channel settings, the webhook signature, and the Messaging API clients
 * (content download, reply, push with retry keys, loading animation, profiles, rich
 * menus). No other module touches a LINE SDK client.
 */
@org.springframework.modulith.ApplicationModule(displayName = "LINE", allowedDependencies = {})
package com.happinessscouter.line;
