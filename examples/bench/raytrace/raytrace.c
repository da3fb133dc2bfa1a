/* A small ray tracer: the C reference for raytrace.py. Vectors are structs
 * passed by value; shapes dispatch through a per-kind table of function
 * pointers, as C++ virtual methods would. */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>

#define SIZE 1600 // bench-size smoke=24
#define MAX_BOUNCES 3
#define EPSILON 1e-4
#define AMBIENT 0.1
#define NO_HIT (-1.0)
#define N_SHAPES 10

struct vec {
    double x, y, z;
};

struct ray {
    struct vec origin, direction;
};

static struct vec vec_new(double x, double y, double z) {
    struct vec v = {x, y, z};
    return v;
}

static struct vec vec_add(struct vec a, struct vec b) {
    return vec_new(a.x + b.x, a.y + b.y, a.z + b.z);
}

static struct vec vec_sub(struct vec a, struct vec b) {
    return vec_new(a.x - b.x, a.y - b.y, a.z - b.z);
}

static struct vec vec_scale(struct vec a, double k) {
    return vec_new(a.x * k, a.y * k, a.z * k);
}

static double vec_dot(struct vec a, struct vec b) {
    return a.x * b.x + a.y * b.y + a.z * b.z;
}

static struct vec vec_normalized(struct vec a) {
    double length = sqrt(vec_dot(a, a));
    return vec_new(a.x / length, a.y / length, a.z / length);
}

struct shape;

struct shape_methods {
    double (*intersect)(const struct shape *self, const struct ray *ray);
    struct vec (*normal_at)(const struct shape *self, struct vec point);
};

struct shape {
    const struct shape_methods *methods;
    double albedo, reflectivity;
    struct vec center; /* sphere */
    double radius;     /* sphere */
    struct vec point;  /* plane */
    struct vec normal; /* plane */
};

static double sphere_intersect(const struct shape *self, const struct ray *ray) {
    struct vec oc = vec_sub(ray->origin, self->center);
    double b = vec_dot(oc, ray->direction);
    double c = vec_dot(oc, oc) - self->radius * self->radius;
    double disc = b * b - c;
    if (disc < 0.0) {
        return NO_HIT;
    }
    double root = sqrt(disc);
    double t = -b - root;
    if (t > EPSILON) {
        return t;
    }
    t = -b + root;
    if (t > EPSILON) {
        return t;
    }
    return NO_HIT;
}

static struct vec sphere_normal_at(const struct shape *self, struct vec point) {
    return vec_scale(vec_sub(point, self->center), 1.0 / self->radius);
}

static double plane_intersect(const struct shape *self, const struct ray *ray) {
    double denom = vec_dot(self->normal, ray->direction);
    if (fabs(denom) < 1e-9) {
        return NO_HIT;
    }
    double t = vec_dot(vec_sub(self->point, ray->origin), self->normal) / denom;
    if (t > EPSILON) {
        return t;
    }
    return NO_HIT;
}

static struct vec plane_normal_at(const struct shape *self, struct vec point) {
    (void)point;
    return self->normal;
}

static const struct shape_methods SPHERE = {sphere_intersect, sphere_normal_at};
static const struct shape_methods PLANE = {plane_intersect, plane_normal_at};

static struct shape scene[N_SHAPES];

static void make_scene(void) {
    scene[0] = (struct shape){.methods = &PLANE,
                              .albedo = 0.8,
                              .reflectivity = 0.2,
                              .point = vec_new(0.0, -1.0, 0.0),
                              .normal = vec_new(0.0, 1.0, 0.0)};
    int n = 1;
    for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
            struct vec center = vec_new(-1.2 + 1.2 * i, -0.55, -3.0 - 1.3 * j);
            double reflectivity = (i + j) % 2 == 0 ? 0.5 : 0.0;
            scene[n++] = (struct shape){.methods = &SPHERE,
                                        .albedo = 0.5 + 0.15 * j,
                                        .reflectivity = reflectivity,
                                        .center = center,
                                        .radius = 0.45};
        }
    }
}

static bool in_shadow(const struct ray *ray) {
    for (int i = 0; i < N_SHAPES; i++) {
        if (scene[i].methods->intersect(&scene[i], ray) > 0.0) {
            return true;
        }
    }
    return false;
}

static double trace(struct vec light, const struct ray *ray, int bounces) {
    const struct shape *nearest = NULL;
    double nearest_t = 1e30;
    for (int i = 0; i < N_SHAPES; i++) {
        double t = scene[i].methods->intersect(&scene[i], ray);
        if (t > 0.0 && t < nearest_t) {
            nearest_t = t;
            nearest = &scene[i];
        }
    }
    if (nearest == NULL) {
        return 0.3 + 0.5 * ray->direction.y;
    }
    struct vec point = vec_add(ray->origin, vec_scale(ray->direction, nearest_t));
    struct vec normal = nearest->methods->normal_at(nearest, point);
    struct vec lifted = vec_add(point, vec_scale(normal, EPSILON));
    double diffuse = vec_dot(normal, light);
    struct ray shadow_ray = {lifted, light};
    if (diffuse < 0.0 || in_shadow(&shadow_ray)) {
        diffuse = 0.0;
    }
    double color = nearest->albedo * (AMBIENT + (1.0 - AMBIENT) * diffuse);
    if (bounces < MAX_BOUNCES && nearest->reflectivity > 0.0) {
        struct vec direction =
            vec_sub(ray->direction, vec_scale(normal, 2.0 * vec_dot(ray->direction, normal)));
        struct ray reflected_ray = {lifted, direction};
        double reflected = trace(light, &reflected_ray, bounces + 1);
        color = color * (1.0 - nearest->reflectivity) + nearest->reflectivity * reflected;
    }
    return color;
}

int main(void) {
    make_scene();
    struct vec light = vec_normalized(vec_new(-1.0, 2.0, 1.5));
    struct vec camera = vec_new(0.0, 0.4, 1.0);
    long checksum = 0;
    long bright = 0;
    for (int py = 0; py < SIZE; py++) {
        for (int px = 0; px < SIZE; px++) {
            double u = 2.0 * (px + 0.5) / SIZE - 1.0;
            double v = 1.0 - 2.0 * (py + 0.5) / SIZE;
            struct vec direction = vec_normalized(vec_new(u, v, -1.5));
            struct ray ray = {camera, direction};
            double value = trace(light, &ray, 0);
            if (value > 1.0) {
                value = 1.0;
            }
            if (value < 0.0) {
                value = 0.0;
            }
            long pixel = (long)(value * 255.0);
            checksum += pixel;
            if (pixel > 127) {
                bright += 1;
            }
        }
    }
    printf("%ld\n", checksum);
    printf("%ld\n", bright);
    return 0;
}
