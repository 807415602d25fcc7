package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/**
 * {@code list.sort} (Objects/listobject.c, listsort.txt): CPython 3.11's TimSort — natural runs
 * (strictly descending runs reversed), short runs extended to {@code minrun} by binary
 * insertion, runs merged by the powersort rule, merges that gallop once one side wins
 * {@code min_gallop} times in a row. Only {@code <} is used, so the number and order of
 * comparisons match CPython's, which is what a key function or {@code __lt__} with side effects
 * can observe. (CPython's type-specialised compares are a speed-up of the same {@code <}; we
 * always go through {@link Abstract#richCompareBool}.)
 *
 * <p>While sorting, the list is emptied (CPython sets {@code allocated = -1}); if it is found
 * non-empty or reallocated afterwards, ValueError "list modified during sort". With a key
 * function, keys are computed first, then sorted with the items riding along as values.
 * {@code reverse} reverses before and after a stable forward sort, keeping stability.
 */
final class ListSort {
    private static final int MIN_GALLOP = 7;

    /** The array being sorted (keys) and its companion (values: the items when keys are separate). */
    private final PyObject[] keys;
    private final PyObject[] values;
    private final int listlen;
    private int minGallop = MIN_GALLOP;
    // The stack of pending runs: start, length and power.
    private final int[] runBase = new int[85];
    private final int[] runLen = new int[85];
    private final int[] runPower = new int[85];
    private int n;
    // Merge scratch space.
    private PyObject[] tmpKeys = new PyObject[0], tmpValues = new PyObject[0];

    private ListSort(PyObject[] keys, PyObject[] values, int listlen) {
        this.keys = keys;
        this.values = values;
        this.listlen = listlen;
    }

    static void sort(PyList self, PyObject keyfunc, boolean reverse) {
        int savedSize = self.size;
        PyObject[] savedItems = self.items;
        int savedAllocated = self.allocated;
        // Empty the list so comparisons that mutate it cannot disturb the array being sorted.
        self.size = 0;
        self.items = PyTuple.NO_ITEMS;
        self.allocated = -1;
        PyObject[] keys = null;
        PyException error = null;
        try {
            if (keyfunc != null) {
                keys = new PyObject[savedSize];
                int i = 0;
                try {
                    for (; i < savedSize; i++) {
                        PyObject k = Abstract.call(keyfunc, savedItems[i]);
                        Heap.incref(k);
                        keys[i] = k;
                    }
                } catch (PyException e) {
                    for (int j = i - 1; j >= 0; j--) Heap.decref(keys[j]);
                    keys = null;
                    throw e;
                }
            }
            try {
                if (savedSize > 1) {
                    if (reverse) {
                        if (keys != null) PyListMethods.reverseRange(keys, 0, savedSize);
                        PyListMethods.reverseRange(savedItems, 0, savedSize);
                    }
                    ListSort ms = keys == null ? new ListSort(savedItems, null, savedSize)
                            : new ListSort(keys, savedItems, savedSize);
                    try {
                        ms.run();
                    } catch (PyException e) {
                        error = e;
                    }
                }
            } finally {
                if (keys != null) for (int i = 0; i < savedSize; i++) Heap.decref(keys[i]);
            }
            if (error == null && self.allocated != -1) {
                error = Errors.valueError("list modified during sort");
            }
            if (reverse && savedSize > 1) PyListMethods.reverseRange(savedItems, 0, savedSize);
        } catch (PyException e) {
            error = e; // key function failed: the list is restored unchanged
        } finally {
            PyObject[] finalItems = self.items;
            int finalSize = self.size;
            self.size = savedSize;
            self.items = savedItems;
            self.allocated = savedAllocated;
            for (int i = finalSize - 1; i >= 0; i--) Heap.decref(finalItems[i]);
        }
        if (error != null) throw error;
    }

    private boolean lt(PyObject a, PyObject b) {
        return Abstract.richCompareBool(a, b, Abstract.LT);
    }

    /** The main loop of list_sort_impl. */
    private void run() {
        int lo = 0;
        int remaining = listlen;
        int minrun = computeMinrun(remaining);
        do {
            boolean[] descending = new boolean[1];
            int len = countRun(lo, lo + remaining, descending);
            if (descending[0]) reverseSlice(lo, len);
            if (len < minrun) {
                int force = Math.min(remaining, minrun);
                binarySort(lo, lo + force, lo + len);
                len = force;
            }
            foundNewRun(len);
            runBase[n] = lo;
            runLen[n] = len;
            n++;
            lo += len;
            remaining -= len;
        } while (remaining > 0);
        forceCollapse();
    }

    private static int computeMinrun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private void reverseSlice(int lo, int len) {
        PyListMethods.reverseRange(keys, lo, lo + len);
        if (values != null) PyListMethods.reverseRange(values, lo, lo + len);
    }

    /** count_run: the ascending (a[i] <= a[i+1]) or strictly descending run starting at lo. */
    private int countRun(int lo, int hi, boolean[] descending) {
        descending[0] = false;
        lo++;
        if (lo == hi) return 1;
        int len = 2;
        if (lt(keys[lo], keys[lo - 1])) {
            descending[0] = true;
            for (lo = lo + 1; lo < hi; lo++, len++) {
                if (!lt(keys[lo], keys[lo - 1])) break;
            }
        } else {
            for (lo = lo + 1; lo < hi; lo++, len++) {
                if (lt(keys[lo], keys[lo - 1])) break;
            }
        }
        return len;
    }

    /** binarysort: [lo, start) is sorted; insert each of [start, hi) after its equals (stable). */
    private void binarySort(int lo, int hi, int start) {
        if (lo == start) start++;
        for (; start < hi; start++) {
            int l = lo, r = start;
            PyObject pivot = keys[r];
            do {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, keys[p])) r = p;
                else l = p + 1;
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values != null) {
                PyObject pv = values[start];
                System.arraycopy(values, l, values, l + 1, start - l);
                values[l] = pv;
            }
        }
    }

    /** gallop_left: k such that a[k-1] < key <= a[k], searching a[base, base+len) from base+hint. */
    private int gallopLeft(PyObject key, PyObject[] a, int base, int len, int hint) {
        int lastofs = 0, ofs = 1;
        if (lt(a[base + hint], key)) {
            int maxofs = len - hint;
            while (ofs < maxofs) {
                if (lt(a[base + hint + ofs], key)) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        } else {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(a[base + hint - ofs], key)) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(a[base + m], key)) lastofs = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    /** gallop_right: k such that a[k-1] <= key < a[k]. */
    private int gallopRight(PyObject key, PyObject[] a, int base, int len, int hint) {
        int lastofs = 0, ofs = 1;
        if (lt(key, a[base + hint])) {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(key, a[base + hint - ofs])) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) ofs = maxofs;
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxofs = len - hint;
            while (ofs < maxofs) {
                if (lt(key, a[base + hint + ofs])) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(key, a[base + m])) ofs = m;
            else lastofs = m + 1;
        }
        return ofs;
    }

    private void ensureTmp(int need) {
        if (tmpKeys.length < need) {
            tmpKeys = new PyObject[need];
            if (values != null) tmpValues = new PyObject[need];
        }
    }

    /** Copies {@code n} entries (key and value) from (srcK/srcV, s) to (dstK/dstV, d). */
    private void move(PyObject[] srcK, PyObject[] srcV, int s, PyObject[] dstK, PyObject[] dstV, int d, int n) {
        System.arraycopy(srcK, s, dstK, d, n);
        if (values != null) System.arraycopy(srcV, s, dstV, d, n);
    }

    /**
     * merge_lo: merges a[pa, pa+na) and a[pb, pb+nb) (adjacent, na <= nb) left to right with the
     * A run copied to scratch space. On error the scratch remainder is copied back, so the
     * array is always a permutation of its input.
     */
    private void mergeLo(int pa, int na, int pb, int nb) {
        ensureTmp(na);
        PyObject[] k = keys, v = values, tk = tmpKeys, tv = tmpValues;
        move(k, v, pa, tk, tv, 0, na);
        int dest = pa, a = 0, b = pb;
        move(k, v, b++, k, v, dest++, 1);
        nb--;
        boolean copyB = false;
        try {
            if (nb == 0) return;
            if (na == 1) { copyB = true; return; }
            int mg = minGallop;
            outer:
            for (;;) {
                int acount = 0, bcount = 0;
                for (;;) {
                    if (lt(k[b], tk[a])) {
                        move(k, v, b++, k, v, dest++, 1);
                        bcount++;
                        acount = 0;
                        if (--nb == 0) break outer;
                        if (bcount >= mg) break;
                    } else {
                        move(tk, tv, a++, k, v, dest++, 1);
                        acount++;
                        bcount = 0;
                        if (--na == 1) { copyB = true; break outer; }
                        if (acount >= mg) break;
                    }
                }
                mg++;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int x = gallopRight(k[b], tk, a, na, 0);
                    acount = x;
                    if (x != 0) {
                        move(tk, tv, a, k, v, dest, x);
                        dest += x;
                        a += x;
                        na -= x;
                        if (na == 1) { copyB = true; break outer; }
                        if (na == 0) break outer;
                    }
                    move(k, v, b++, k, v, dest++, 1);
                    if (--nb == 0) break outer;
                    x = gallopLeft(tk[a], k, b, nb, 0);
                    bcount = x;
                    if (x != 0) {
                        move(k, v, b, k, v, dest, x);
                        dest += x;
                        b += x;
                        nb -= x;
                        if (nb == 0) break outer;
                    }
                    move(tk, tv, a++, k, v, dest++, 1);
                    if (--na == 1) { copyB = true; break outer; }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                mg++;
                minGallop = mg;
            }
        } finally {
            if (copyB) {
                // The last element of A belongs at the end of the merge.
                move(k, v, b, k, v, dest, nb);
                move(tk, tv, a, k, v, dest + nb, 1);
            } else if (na > 0) {
                move(tk, tv, a, k, v, dest, na);
            }
        }
    }

    /** merge_hi: as mergeLo, right to left with the B run in scratch space (na >= nb). */
    private void mergeHi(int pa, int na, int pb, int nb) {
        ensureTmp(nb);
        PyObject[] k = keys, v = values, tk = tmpKeys, tv = tmpValues;
        move(k, v, pb, tk, tv, 0, nb);
        int dest = pb + nb - 1;
        int a = pa + na - 1;     // last of A (in the array)
        int b = nb - 1;          // last of B (in scratch)
        int basea = pa;
        move(k, v, a--, k, v, dest--, 1);
        na--;
        boolean copyA = false;
        try {
            if (na == 0) return;
            if (nb == 1) { copyA = true; return; }
            int mg = minGallop;
            outer:
            for (;;) {
                int acount = 0, bcount = 0;
                for (;;) {
                    if (lt(tk[b], k[a])) {
                        move(k, v, a--, k, v, dest--, 1);
                        acount++;
                        bcount = 0;
                        if (--na == 0) break outer;
                        if (acount >= mg) break;
                    } else {
                        move(tk, tv, b--, k, v, dest--, 1);
                        bcount++;
                        acount = 0;
                        if (--nb == 1) { copyA = true; break outer; }
                        if (bcount >= mg) break;
                    }
                }
                mg++;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int x = gallopRight(tk[b], k, basea, na, na - 1);
                    x = na - x;
                    acount = x;
                    if (x != 0) {
                        dest -= x;
                        a -= x;
                        move(k, v, a + 1, k, v, dest + 1, x);
                        na -= x;
                        if (na == 0) break outer;
                    }
                    move(tk, tv, b--, k, v, dest--, 1);
                    if (--nb == 1) { copyA = true; break outer; }
                    x = gallopLeft(k[a], tk, 0, nb, nb - 1);
                    x = nb - x;
                    bcount = x;
                    if (x != 0) {
                        dest -= x;
                        b -= x;
                        move(tk, tv, b + 1, k, v, dest + 1, x);
                        nb -= x;
                        if (nb == 1) { copyA = true; break outer; }
                        if (nb == 0) break outer;
                    }
                    move(k, v, a--, k, v, dest--, 1);
                    if (--na == 0) break outer;
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                mg++;
                minGallop = mg;
            }
        } finally {
            if (copyA) {
                // The first element of B belongs at the front of the merge.
                move(k, v, a - na + 1, k, v, dest - na + 1, na);
                dest -= na;
                move(tk, tv, 0, k, v, dest, 1);
            } else if (nb > 0) {
                move(tk, tv, 0, k, v, dest - nb + 1, nb);
            }
        }
    }

    /** merge_at: merges the runs at stack indices i and i+1. */
    private void mergeAt(int i) {
        int pa = runBase[i], na = runLen[i];
        int pb = runBase[i + 1], nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == n - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        n--;
        // Where does B start in A? Elements of A before that are already in place.
        int x = gallopRight(keys[pb], keys, pa, na, 0);
        pa += x;
        na -= x;
        if (na == 0) return;
        // Where does A end in B? Elements of B after that are already in place.
        nb = gallopLeft(keys[pa + na - 1], keys, pb, nb, nb - 1);
        if (nb <= 0) return;
        if (na <= nb) mergeLo(pa, na, pb, nb);
        else mergeHi(pa, na, pb, nb);
    }

    /** powerloop: the depth of the boundary between two adjacent runs in the conceptual merge tree. */
    private static int powerloop(long s1, long n1, long n2, long n) {
        int result = 0;
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        for (;;) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    /** found_new_run: merges pending runs of greater power before the new run is pushed. */
    private void foundNewRun(int n2) {
        if (n == 0) return;
        int s1 = runBase[n - 1], n1 = runLen[n - 1];
        int power = powerloop(s1, n1, n2, listlen);
        while (n > 1 && runPower[n - 2] > power) mergeAt(n - 2);
        runPower[n - 1] = power;
    }

    private void forceCollapse() {
        while (n > 1) {
            int i = n - 2;
            if (i > 0 && runLen[i - 1] < runLen[i + 1]) i--;
            mergeAt(i);
        }
    }
}
