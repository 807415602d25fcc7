package dev.glassbox.modules;

import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyType;

/**
 * {@code itertools} (Modules/itertoolsmodule.c): the module function {@code tee} and the
 * iterator types, which live in {@link ItertoolsSimple}, {@link ItertoolsGrouping} and
 * {@link ItertoolsCombinatoric}.
 */
@Exposed.Module(name = "itertools", doc = "Functional tools for creating and using iterators.\n\n"
        + "Infinite iterators:\ncount(start=0, step=1) --> start, start+step, start+2*step, ...\n"
        + "cycle(p) --> p0, p1, ... plast, p0, p1, ...\n"
        + "repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\n"
        + "Iterators terminating on the shortest input sequence:\n"
        + "accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\n"
        + "chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\n"
        + "chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\n"
        + "compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\n"
        + "dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\n"
        + "groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\n"
        + "filterfalse(pred, seq) --> elements of seq where pred(elem) is False\n"
        + "islice(seq, [start,] stop [, step]) --> elements from\n       seq[start:stop:step]\n"
        + "pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\n"
        + "starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\n"
        + "tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\n"
        + "takewhile(pred, seq) --> seq[0], seq[1], until pred fails\n"
        + "zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\n"
        + "Combinatoric generators:\n"
        + "product(p, q, ... [repeat=1]) --> cartesian product\n"
        + "permutations(p[, r])\n"
        + "combinations(p, r)\n"
        + "combinations_with_replacement(p, r)\n")
public final class ItertoolsModule {
    private ItertoolsModule() {}

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(ItertoolsModule.class);
        PyDict d = m.dict();
        for (PyType t : new PyType[] {ItertoolsSimple.Accumulate.TYPE, ItertoolsSimple.Chain.TYPE,
                ItertoolsCombinatoric.Combinations.TYPE, ItertoolsCombinatoric.CombinationsWithReplacement.TYPE,
                ItertoolsSimple.Compress.TYPE, ItertoolsSimple.Count.TYPE, ItertoolsSimple.Cycle.TYPE,
                ItertoolsSimple.DropWhile.TYPE, ItertoolsSimple.FilterFalse.TYPE, ItertoolsGrouping.GroupBy.TYPE,
                ItertoolsSimple.ISlice.TYPE, ItertoolsSimple.Pairwise.TYPE, ItertoolsCombinatoric.Permutations.TYPE,
                ItertoolsCombinatoric.Product.TYPE, ItertoolsSimple.Repeat.TYPE, ItertoolsSimple.StarMap.TYPE,
                ItertoolsSimple.TakeWhile.TYPE, ItertoolsGrouping.ZipLongest.TYPE, ItertoolsGrouping.Grouper.TYPE,
                ItertoolsGrouping.Tee.TYPE, ItertoolsGrouping.TeeData.TYPE}) {
            d.setItem(t.qualname, t);
        }
        return m;
    }

    @Exposed.Function(sig = "($module, iterable, n=2, /)", doc = "Returns a tuple of n independent iterators.")
    public static PyObject tee(PyObject iterable, PyObject n) {
        return ItertoolsGrouping.tee(iterable, dev.glassbox.objects.Abstract.indexAsLong(n));
    }
}
