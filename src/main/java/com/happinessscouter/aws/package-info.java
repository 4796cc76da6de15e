/**
 * The AWS edge: region, optional emulator endpoint, the one DynamoDB table and the photo
 * bucket. Builds the SDK clients every other module uses and, when asked to, creates the
 * table and the bucket if they are missing. No other module builds an AWS client.
 */
@org.springframework.modulith.ApplicationModule(displayName = "AWS", allowedDependencies = {})
package com.happinessscouter.aws;
