package com.happinessscouter.guests;

/** Everything kept about a guest was deleted (by the guest or an admin). */
public record GuestErased(String userId) {
}
