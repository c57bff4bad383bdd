"""The *Antrian* place: the MPP floor's one queue, at this desk."""
