import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures, on the X display in DISPLAY, how long a desktop program takes from its start until its window shows
 * and until the window's content is first painted (the window holds text, not one blank colour), by looking at
 * the screen as a user would (java.awt.Robot), not by asking the program. Also reports when the content stopped
 * changing (all screens and the first data drawn).
 *
 * <p>Usage: {@code java FirstPaint.java RUNS "WINDOW TITLE" LABEL=COMMAND [LABEL=COMMAND...]} - runs each
 * shell COMMAND RUNS times, the commands taking turns so that they share the machine's load alike (the first round
 * is a warm-up and not counted), and prints one line per run, each command's medians in seconds, and the ratio of
 * each median to the first command's. Each run's program is killed once measured. Needs xdotool.
 */
public final class FirstPaint {

    private static final long POLL_MILLIS = 10;
    private static final long GIVE_UP_MILLIS = 60_000;
    /** The content has settled when it has not changed for this long (the status line's first poll included). */
    private static final long QUIET_MILLIS = 4_000;
    /** A painted window has anti-aliased text: many colours. A blank one has one or two. */
    private static final int PAINTED_COLOURS = 24;

    record Run(double shown, double painted, double settled, String blank) { }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        String title = args[1];
        List<String> labels = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        for (String a : Arrays.asList(args).subList(2, args.length)) {
            labels.add(a.substring(0, a.indexOf('=')));
            commands.add(a.substring(a.indexOf('=') + 1));
        }
        Robot robot = new Robot();
        List<List<Run>> results = new ArrayList<>();
        labels.forEach(l -> results.add(new ArrayList<>()));
        for (int i = 0; i <= runs; i++) {
            for (int c = 0; c < commands.size(); c++) {
                Run run = measure(robot, title, List.of("sh", "-c", "exec " + commands.get(c)));
                System.out.printf(Locale.ROOT, "%-8s %-7s shown %5.2f s  painted %5.2f s  settled %5.2f s  blank %s%n",
                        labels.get(c), i == 0 ? "warm-up" : "run " + i, run.shown, run.painted, run.settled, run.blank);
                if (i > 0) {
                    results.get(c).add(run);
                }
            }
        }
        double[] first = null;
        for (int c = 0; c < commands.size(); c++) {
            List<Run> r = results.get(c);
            double[] m = {median(r.stream().mapToDouble(Run::shown).toArray()),
                    median(r.stream().mapToDouble(Run::painted).toArray()),
                    median(r.stream().mapToDouble(Run::settled).toArray())};
            first = first == null ? m : first;
            System.out.printf(Locale.ROOT, "MEDIAN %-8s shown %5.2f s (%.2fx)  painted %5.2f s (%.2fx)  settled %5.2f s"
                            + " (%.2fx)  blank between shown and painted %.2f s  (%d runs)%n", labels.get(c),
                    m[0], m[0] / first[0], m[1], m[1] / first[1], m[2], m[2] / first[2], m[1] - m[0], r.size());
        }
    }

    private static Run measure(Robot robot, String title, List<String> command) throws Exception {
        long start = System.nanoTime();
        Process program = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String window = null;
            while (window == null) {
                check(start, program);
                window = firstLine("xdotool", "search", "--onlyvisible", "--name", title);
                if (window == null) {
                    Thread.sleep(POLL_MILLIS);
                }
            }
            double shown = seconds(start);
            Rectangle area = geometry(window);
            BufferedImage first = robot.createScreenCapture(area);
            String blank = String.format("#%06x", dominant(first) & 0xffffff);
            double painted;
            while (true) {
                check(start, program);
                BufferedImage image = robot.createScreenCapture(geometry(window));
                if (colours(image) >= PAINTED_COLOURS) {
                    painted = seconds(start);
                    break;
                }
                Thread.sleep(POLL_MILLIS);
            }
            double settled = painted;
            int[] last = pixels(robot.createScreenCapture(area));
            long lastChange = System.nanoTime();
            while (System.nanoTime() - lastChange < QUIET_MILLIS * 1_000_000) {
                check(start, program);
                Thread.sleep(50);
                int[] now = pixels(robot.createScreenCapture(area));
                if (!Arrays.equals(now, last)) {
                    settled = seconds(start);
                    lastChange = System.nanoTime();
                    last = now;
                }
            }
            return new Run(shown, painted, settled, blank);
        } finally {
            program.descendants().forEach(ProcessHandle::destroy);
            program.destroy();
            program.waitFor();
            Thread.sleep(500);
        }
    }

    private static void check(long start, Process program) {
        if (!program.isAlive()) {
            throw new IllegalStateException("the program exited with " + program.exitValue() + " before it painted");
        }
        if (seconds(start) * 1000 > GIVE_UP_MILLIS) {
            throw new IllegalStateException("no painted window after " + GIVE_UP_MILLIS / 1000 + " s");
        }
    }

    /** The window's inside (without the window manager's frame), in screen coordinates. */
    private static Rectangle geometry(String window) throws IOException, InterruptedException {
        int x = 0, y = 0, w = 1, h = 1;
        Process p = new ProcessBuilder("xdotool", "getwindowgeometry", "--shell", window).start();
        for (String line : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            String[] kv = line.split("=", 2);
            if (kv.length == 2) {
                switch (kv[0]) {
                    case "X" -> x = Integer.parseInt(kv[1].trim());
                    case "Y" -> y = Integer.parseInt(kv[1].trim());
                    case "WIDTH" -> w = Math.max(1, Integer.parseInt(kv[1].trim()));
                    case "HEIGHT" -> h = Math.max(1, Integer.parseInt(kv[1].trim()));
                    default -> { }
                }
            }
        }
        p.waitFor();
        return new Rectangle(x, y, w, h);
    }

    private static String firstLine(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        return out.isEmpty() ? null : out.lines().reduce((a, b) -> b).orElse(null);
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int rgb : pixels(image)) {
            if (seen.add(rgb) && seen.size() >= PAINTED_COLOURS) {
                break;
            }
        }
        return seen.size();
    }

    private static int dominant(BufferedImage image) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int rgb : pixels(image)) {
            counts.merge(rgb, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
