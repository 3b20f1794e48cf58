package org.slant.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;

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
        for (scala.Tuple2<String, String> kv : new SparkConf(true).getAll()) {
            if (kv._1().startsWith(PREFIX)) {
                conf.set(kv._1().substring(PREFIX.length()), kv._2());
            }
        }
        return conf;
    }
}
