/**
 * The LINE messages page and the quota's dashboard cards; other modules' dashboard cards
 * may link to the page.
 */
@org.springframework.modulith.NamedInterface("ui")
package com.happinessscouter.quota.ui;
