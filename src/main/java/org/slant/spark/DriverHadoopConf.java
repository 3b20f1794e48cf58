package org.slant.spark;

import org.apache.hadoop.conf.Configuration;

/**
 * The Hadoop configuration the Spark session will have, built before Spark starts, so the driver can
 * check paths in seconds: Hadoop's own files ({@code core-site.xml}, {@code HADOOP_CONF_DIR}) plus every
 * {@code spark.hadoop.*} setting given to {@code spark-submit} or in {@code spark-defaults.conf}.
 */
public final class DriverHadoopConf {
    private static final String PREFIX = "spark.hadoop.";

    private DriverHadoopConf() {
    }

    public static Configuration beforeSpark() {
        Configuration conf = new Configuration();
        // What SparkConf(true) would read (spark-submit passes spark-defaults.conf and --conf as system
        // properties), without starting Scala's runtime for it: a refusal must come in a second or two.
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith(PREFIX)) {
                conf.set(key.substring(PREFIX.length()), System.getProperty(key));
            }
        }
        org.slant.output.LocalFiles.install(conf);
        return conf;
    }
}
