package nl.omkijken.help.matching;

/**
 * The best of many (index, points) candidates, kept in a bounded heap of primitives whose root is the worst kept:
 * offering a candidate allocates nothing. More points is better; of equal points, the lower index. Offer all
 * candidates, then sort once and read the ranks.
 */
final class Best {

    private final int[] indexes;
    private final int[] points;
    private int size;

    Best(int capacity) {
        indexes = new int[capacity];
        points = new int[capacity];
    }

    int size() {
        return size;
    }

    void offer(int index, int candidatePoints) {
        if (size < indexes.length) {
            indexes[size] = index;
            points[size] = candidatePoints;
            siftUp(size++);
        } else if (size > 0 && better(candidatePoints, index, points[0], indexes[0])) {
            indexes[0] = index;
            points[0] = candidatePoints;
            siftDown(0, size);
        }
    }

    /** Sorts what is kept best first, in place (heap sort). */
    void sortBestFirst() {
        for (int end = size - 1; end > 0; end--) {
            swap(0, end);
            siftDown(0, end);
        }
    }

    int index(int rank) {
        return indexes[rank];
    }

    int points(int rank) {
        return points[rank];
    }

    private static boolean better(int pointsA, int indexA, int pointsB, int indexB) {
        return pointsA > pointsB || (pointsA == pointsB && indexA < indexB);
    }

    private boolean worse(int i, int j) {
        return better(points[j], indexes[j], points[i], indexes[i]);
    }

    private void siftUp(int i) {
        while (i > 0 && worse(i, (i - 1) / 2)) {
            swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    private void siftDown(int i, int end) {
        while (true) {
            int worst = i;
            for (int child = 2 * i + 1; child <= 2 * i + 2 && child < end; child++) {
                if (worse(child, worst)) {
                    worst = child;
                }
            }
            if (worst == i) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int i, int j) {
        int index = indexes[i];
        indexes[i] = indexes[j];
        indexes[j] = index;
        int p = points[i];
        points[i] = points[j];
        points[j] = p;
    }
}
