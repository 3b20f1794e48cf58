package org.slant.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.spark.SharedSpark;

/**
 * Submits {@code analyze} with the shaded jar to a real Spark standalone master and worker on
 * 127.0.0.1 (client mode), and checks every table equals a {@code local[*]} run's exactly.
 * Serialization and driver-side shortcuts only show up like this. Both runs apply a stance model
 * trained here in local mode ({@code --model}): a model saved on one master loads and is broadcast on
 * another, and its labels reach {@code article_targets} the same.
 */
class StandaloneClusterIT {
    @TempDir
    static Path tmp;
    static Map<String, String> env;

    @BeforeAll
    static void startCluster() throws Exception {
        env = Map.of("SLANT_CLUSTER_DIR", tmp.resolve("cluster").toString(), "SLANT_MASTER_PORT", "7178",
                "SLANT_WORKER_MEMORY", "1g");
        Scripts.Result r = Scripts.run(env, "jobs/standalone-cluster.sh", "start");
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("spark://127.0.0.1:7178"), r.output());
    }

    @AfterAll
    static void stopCluster() throws Exception {
        Scripts.Result r = Scripts.run(env, "jobs/standalone-cluster.sh", "stop");
        assertEquals(0, r.exitCode(), r.output());
        assertEquals(3, Scripts.run(env, "jobs/standalone-cluster.sh", "status").exitCode(), "nothing left running");
    }

    /** A small stance model, trained in this JVM's local session; its hash slots are few to keep it cheap. */
    private static Path trainStanceModel() throws Exception {
        StringBuilder tsv = new StringBuilder("id\ttext\ttarget\tlabel\n");
        String[][] rows = {{"Congress must pass the aid to Ukraine", "FAVOR"}, {"Keep the Ukraine aid flowing", "FAVOR"},
                {"The aid to Ukraine is a reckless waste", "AGAINST"}, {"Stop the Ukraine aid now", "AGAINST"},
                {"The Ukraine aid was discussed on Tuesday", "NONE"}, {"A vote on Ukraine aid is set for May", "NONE"}};
        int id = 0;
        for (String tail : List.of(".", ", officials said.", " this week.", " again.")) {
            for (String[] r : rows) {
                tsv.append("r").append(id++).append('\t').append(r[0]).append(tail).append("\tukraine_aid\t").append(r[1]).append('\n');
            }
        }
        Path data = tmp.resolve("stance.tsv");
        Files.writeString(data, tsv);
        Path model = tmp.resolve("stance-model");
        SharedSpark.get();
        assertEquals(0, org.slant.cli.Main.run("train", "--task", "stance", "--data", data.toString(), "--model",
                model.toString(), "--folds", "2", "--hash-bits", "12"));
        return model;
    }

    @Test
    void clusterRunEqualsLocalRun() throws Exception {
        Path onCluster = tmp.resolve("cluster-out");
        Path local = tmp.resolve("local-out");
        String[] analyze = {"analyze", "--input", Scripts.ROOT.resolve("datasets/sample").toString(), "--outlets",
                Scripts.ROOT.resolve("datasets/sample-outlets.csv").toString(), "--model", trainStanceModel().toString()};
        Scripts.Result c = Scripts.run(Map.of(), concat(List.of("jobs/submit.sh", "--master", "spark://127.0.0.1:7178",
                "--deploy-mode", "client", "--conf", "spark.driver.host=127.0.0.1", "--executor-memory", "1g", "--"),
                analyze, "--output", onCluster.toString()));
        assertEquals(0, c.exitCode(), c.output());
        assertTrue(Files.readString(onCluster.resolve("manifest.json")).contains("\"master\" : \"spark://127.0.0.1:7178\""));
        Scripts.Result l = Scripts.run(Map.of(), concat(List.of("bin/slant"), analyze, "--output", local.toString(),
                "--master", "local[*]"));
        assertEquals(0, l.exitCode(), l.output());

        assertEquals(Files.readString(local.resolve("csv/by_outlet_date.csv")),
                Files.readString(onCluster.resolve("csv/by_outlet_date.csv")), "aggregates are bit-identical");
        for (String table : List.of("articles", "by_outlet_date", "rejects", "article_targets")) {
            assertEquals(rows(local, table), rows(onCluster, table), table);
        }
        assertTrue(SharedSpark.get().read().parquet(onCluster.resolve("article_targets").toString())
                .filter("stance_label_rule is not null").count() > 0, "the model's stance, the rules' beside it");
    }

    /** A table's rows in a fixed order, without the run id (which differs between runs by design). */
    private static List<Row> rows(Path out, String table) {
        SparkSession spark = SharedSpark.get();
        var df = spark.read().parquet(out.resolve(table).toString());
        df = table.equals("rejects") ? df.drop("run_id") : df;
        return switch (table) {
            case "by_outlet_date" -> df.orderBy("outlet", "date").collectAsList();
            case "article_targets" -> df.orderBy("article_id", "target").collectAsList();
            default -> df.orderBy("source", "location").collectAsList();
        };
    }

    private static String[] concat(List<String> head, String[] middle, String... tail) {
        List<String> all = new java.util.ArrayList<>(head);
        all.addAll(List.of(middle));
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }
}
