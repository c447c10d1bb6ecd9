package com.synconfig.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Medians: the machine is shared and noisy, so every figure is the median of several repetitions. */
final class Stats {

    private Stats() {
    }

    static double median(double... values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    static <T> double median(List<T> items, ToDoubleFunction<T> f) {
        return median(items.stream().mapToDouble(f).toArray());
    }

    /** Median of the per-repetition ratios a[i]/b[i] (both measured in the same repetition). */
    static <T> double medianRatio(List<T> a, List<T> b, ToDoubleFunction<T> f) {
        return medianRatio(a.stream().mapToDouble(f).toArray(), b.stream().mapToDouble(f).toArray());
    }

    /** Median of the per-repetition ratios a[i]/b[i]. */
    static double medianRatio(double[] a, double[] b) {
        double[] r = new double[Math.min(a.length, b.length)];
        for (int i = 0; i < r.length; i++) {
            r[i] = a[i] / b[i];
        }
        return median(r);
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        return a >= 1000 ? String.format("%,.0f", v) : a >= 10 ? String.format("%.1f", v) : String.format("%.2f", v);
    }

    static String ratio(double v) {
        return Double.isNaN(v) ? "n/a" : String.format("%.2fx", v);
    }
}
