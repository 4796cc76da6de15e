/**
 * Threads' CPU priorities on Linux: which work yields the cores to which. The webhook's
 * acknowledgement runs at the normal priority; the guests' background work a little
 * lower; the JIT compiler lower still; photo analyses only on otherwise idle cores.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Threads", allowedDependencies = {})
package com.happinessscouter.threads;
