package kozan.analysis;

import java.util.List;

/**
 * The Ishigami-Homma (1990) function y = sin x1 + a sin^2 x2 + b x3^4 sin x1, inputs uniform on [-pi, pi], with
 * a = 7 and b = 0.1. Its variance decomposition (Sobol' and Levitan 1999; e.g. SALib's and BoTorch's references:
 * S = 0.3139, 0.4424, 0 and ST = 0.5576, 0.4424, 0.2437):
 * V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2, V1 = (1 + b pi^4/5)^2 / 2, V2 = a^2/8, V3 = 0,
 * V13 = b^2 pi^8 (1/18 - 1/50) = 8 b^2 pi^8 / 225, every other partial variance 0.
 */
public record Ishigami(double a, double b) implements TestFunction {

    /** The usual parameters a = 7, b = 0.1. */
    public static final Ishigami STANDARD = new Ishigami(7, 0.1);

    @Override
    public String name() {
        return "ishigami";
    }

    @Override
    public List<Factor> factors() {
        return List.of(new Factor("x1", -Math.PI, Math.PI), new Factor("x2", -Math.PI, Math.PI),
                new Factor("x3", -Math.PI, Math.PI));
    }

    @Override
    public double value(double[] x) {
        double s1 = Math.sin(x[0]);
        double s2 = Math.sin(x[1]);
        double x3sq = x[2] * x[2];
        return s1 + a * s2 * s2 + b * x3sq * x3sq * s1;
    }

    /** Total variance V. */
    double variance() {
        double pi4 = Math.pow(Math.PI, 4);
        return a * a / 8 + b * pi4 / 5 + b * b * pi4 * pi4 / 18 + 0.5;
    }

    private double v1() {
        double t = 1 + b * Math.pow(Math.PI, 4) / 5;
        return t * t / 2;
    }

    private double v13() {
        return b * b * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
    }

    @Override
    public double[] firstOrder() {
        double v = variance();
        return new double[] {v1() / v, a * a / 8 / v, 0};
    }

    @Override
    public double[] total() {
        double v = variance();
        return new double[] {(v1() + v13()) / v, a * a / 8 / v, v13() / v};
    }
}
