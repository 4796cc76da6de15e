package com.happinessscouter.operations;

import java.time.YearMonth;

/**
 * What the app used in a month (UTC, as AWS bills), summed over every instance.
 *
 * @param month the month
 * @param analyses Rekognition DetectFaces calls (billed images; the offline model is
 * free)
 * @param s3Puts photos stored
 * @param s3Gets photos read back (analysis, exports)
 * @param dynamodbWrites write calls (about one write unit each: items stay under 1 KB but
 * photo records, about 2)
 * @param dynamodbReads read calls (about one read unit each)
 * @param pushes LINE push messages (replies are free)
 */
public record MonthUsage(YearMonth month, long analyses, long s3Puts, long s3Gets, long dynamodbWrites,
		long dynamodbReads, long pushes) {
}
